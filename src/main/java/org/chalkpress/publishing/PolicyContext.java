package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chalkpress.media.MediaAtTheGate;
import org.chalkpress.consent.ConsentCheck;
import org.chalkpress.consent.ConsentDecision;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.people.Accounts;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.policy.Recording;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.agreement.PolicyAgreements;
import org.chalkpress.policy.rules.DistrictRules;
import org.chalkpress.policy.settings.PolicySettingsStore;

/**
 * Gathers what the rules need to know about a submission: the district's settings, whether the author has
 * agreed to the current policy, the class roster (prepared once per site), the published pages to compare
 * with, and the hosts that serve the platform's own media.
 */
@ApplicationScoped
public class PolicyContext {

    private final PolicyEngine engine = new PolicyEngine(DistrictRules.all());

    @Inject
    PolicySettingsStore settings;

    @Inject
    PolicyAgreements agreements;

    @Inject
    RosterIndexes rosters;

    @Inject
    PublishedPages pages;

    @Inject
    ChalkpressConfig config;

    @Inject
    MediaAtTheGate media;

    @Inject
    ConsentCheck consent;

    @Inject
    Accounts accounts;

    private volatile Set<String> platformHosts;

    public PolicyEngine engine() {
        return engine;
    }

    public PolicySettings currentSettings() {
        return settings.current();
    }

    /** The review of a submission for previews and live findings: no network results. */
    public Review reviewOf(Submission submission) {
        return reviewOf(submission, Map.of());
    }

    /** The review of a submission with what the link checker found at publish time. */
    public Review reviewOf(Submission submission, Map<String, LinkResult> linkResults) {
        boolean staff = submission.author().role().isStaff();
        MediaAtTheGate.Facts shown = media.factsFor(submission.html(), submission.site().id(),
                submission.site().slug(), submission.audience());
        return Review.of(submission.kind(), submission.html())
                .site(submission.site().slug())
                .audience(submission.audience())
                .title(submission.title())
                .rosterIndex(rosters.of(submission.site()))
                .settings(settings.current())
                .surnamesAllowedInPublic(submission.site().surnamesInPublic())
                .authorIsStaff(staff)
                .authorAcknowledgedPolicy(!staff || agreements.hasAgreedToCurrent(submission.author()))
                .platformHosts(platformHosts())
                .corpus(pages.corpus())
                .pageId(PublishedPages.pageId(submission.itemId()))
                .linkResults(linkResults)
                .mediaShown(shown.shown())
                .mediaCredits(shown.credits())
                .recording(recordingOf(submission))
                .build();
    }

    /** Each person heard in the submission's audio, with the consent registry's answer for VOICE. */
    private Recording recordingOf(Submission submission) {
        Submission.Audio audio = submission.audio();
        if (audio == null) {
            return null;
        }
        java.util.List<Recording.Voice> voices = new java.util.ArrayList<>();
        for (Long accountId : new java.util.TreeSet<>(audio.voices())) {
            String name = accounts.byId(accountId).map(a -> a.displayName()).orElse("account " + accountId);
            ConsentDecision decision = consent.decide(accountId, ConsentKind.VOICE, submission.audience());
            voices.add(new Recording.Voice(name, decision.permitted(), decision.explanation()));
        }
        return new Recording(audio.transcriptGiven(), voices);
    }

    private Set<String> platformHosts() {
        Set<String> hosts = platformHosts;
        if (hosts == null) {
            String host = URI.create(config.baseUrl()).getHost();
            hosts = host == null ? Set.of() : Set.of(host.toLowerCase(Locale.ROOT));
            platformHosts = hosts;
        }
        return hosts;
    }
}
