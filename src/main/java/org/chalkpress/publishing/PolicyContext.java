package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.rules.DistrictRules;
import org.chalkpress.sites.SiteDirectory;

/** Gathers what the rules need to know about a submission: its class roster and the district's settings. */
@ApplicationScoped
public class PolicyContext {

    private final PolicyEngine engine = new PolicyEngine(DistrictRules.all());

    @Inject
    SiteDirectory directory;

    public PolicyEngine engine() {
        return engine;
    }

    public Review reviewOf(Submission submission) {
        List<RosterStudent> roster = directory.studentsOf(submission.site().id()).stream()
                .map(Account::asRosterStudent)
                .toList();
        return Review.of(submission.kind(), submission.html())
                .site(submission.site().slug())
                .audience(submission.audience())
                .title(submission.title())
                .roster(roster)
                .settings(PolicySettings.DEFAULTS)
                .surnamesAllowedInPublic(submission.site().surnamesInPublic())
                .authorIsStaff(submission.author().role().isStaff())
                .build();
    }
}
