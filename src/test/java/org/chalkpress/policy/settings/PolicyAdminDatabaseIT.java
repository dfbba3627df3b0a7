package org.chalkpress.policy.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A district administrator tunes the policy rules; the gate applies the change at once, and it is kept in the history. */
@ExtendWith(ArquillianExtension.class)
class PolicyAdminDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @Inject
    PolicyAdministration administration;

    @Inject
    PublishGate gate;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private GateDecision check(String html) {
        return gate.review(new Submission(ContentKind.POST, directory.site(DemoPeople.GRADE4).orElseThrow(),
                as(DemoPeople.TEACHER).required(), "Class news", html, Audience.CLASS, null));
    }

    private static PolicySettings with(PolicySettings s, Map<String, List<String>> lists, Set<String> blocked,
                                       Set<String> disabled) {
        return new PolicySettings(lists, blocked, s.allowedDomains(), disabled, s.severityOverrides());
    }

    @AfterEach
    void backToDefaults() {
        administration.save(as("admin"), PolicySettings.DEFAULTS);
    }

    @Test
    void aWordTheDistrictAddsToItsProfanityListBlocksAndTheChangeIsInTheHistory() {
        String html = "<p>What a flibbertigibbet of a week!</p>";
        assertEquals(Verdict.PASS, check(html).verdict());

        List<String> profanity = new ArrayList<>(administration.defaultWordList("profanity"));
        profanity.add("flibbertigibbet");
        PolicySettings before = administration.settings();
        administration.save(as("admin"), with(before, Map.of("profanity", profanity), before.blockedDomains(),
                before.disabledRules()));

        GateDecision decision = check(html);
        assertEquals(Verdict.BLOCK, decision.verdict());
        assertEquals("CLASSROOM", decision.findings().get(0).clause().code());
        assertEquals("flibbertigibbet", decision.findings().get(0).excerpt());
        SettingsHistoryEntry last = administration.history(1).get(0);
        assertEquals("Word list profanity", last.subject());
        assertEquals("Added: flibbertigibbet.", last.summary());
        assertEquals("admin", last.actorName());
    }

    @Test
    void aBlockedDomainBlocksItsLinks() {
        String html = "<p>Play <a href=\"https://games.example.net/quiz\">this game</a>.</p>";
        assertEquals(Verdict.PASS, check(html).verdict());
        PolicySettings before = administration.settings();
        administration.save(as("admin"), with(before, before.wordLists(), Set.of("example.net"), before.disabledRules()));

        GateDecision decision = check(html);
        assertEquals(Verdict.BLOCK, decision.verdict());
        assertEquals("LINKS", decision.findings().get(0).clause().code());
        assertEquals("this game", decision.findings().get(0).excerpt());
    }

    @Test
    void aRuleSwitchedOffFindsNothingUntilSwitchedOnAgain() {
        String html = "<p>Play the <a href=\"javascript:alert(1)\">quiz game</a> tonight.</p>";
        assertTrue(check(html).findings().stream().anyMatch(f -> f.rule().equals("link-scheme")));

        PolicySettings before = administration.settings();
        Set<String> disabled = new HashSet<>(before.disabledRules());
        disabled.add("link-scheme");
        List<SettingsChange> changes = administration.save(as("admin"),
                with(before, before.wordLists(), before.blockedDomains(), disabled));

        assertEquals(List.of(new SettingsChange("Rule link-scheme", "Switched off.")), changes);
        assertFalse(check(html).findings().stream().anyMatch(f -> f.rule().equals("link-scheme")));
        assertEquals("Rule link-scheme", administration.history(1).get(0).subject());
    }

    @Test
    void aSeverityOverrideChangesTheVerdict() {
        String html = "<p>Play the <a href=\"javascript:alert(1)\">quiz game</a> tonight.</p>";
        PolicySettings before = administration.settings();
        Map<String, org.chalkpress.policy.Severity> overrides = new HashMap<>();
        overrides.put("link-scheme", org.chalkpress.policy.Severity.WARN);
        administration.save(as("admin"), new PolicySettings(before.wordLists(), before.blockedDomains(),
                before.allowedDomains(), before.disabledRules(), overrides));
        assertEquals(Verdict.WARN, check(html).verdict());
    }

    @Test
    void teachersAndCommunicationsStaffCannotChangeTheSettings() {
        PolicySettings attempt = new PolicySettings(Map.of(), Set.of(), Set.of(), Set.of("student-privacy"), Map.of());
        int historyBefore = administration.history(1000).size();

        assertThrows(NotAllowedException.class, () -> administration.save(as(DemoPeople.TEACHER), attempt));
        assertThrows(NotAllowedException.class, () -> administration.save(as(DemoPeople.COMMS), attempt));

        assertTrue(administration.settings().disabledRules().isEmpty());
        assertEquals(historyBefore, administration.history(1000).size());
    }
}
