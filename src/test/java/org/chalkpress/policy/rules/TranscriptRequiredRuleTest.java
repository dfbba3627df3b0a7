package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.Recording;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.junit.jupiter.api.Test;

class TranscriptRequiredRuleTest {

    private final TranscriptRequiredRule rule = new TranscriptRequiredRule();

    private static Review episode(Audience audience, boolean transcript) {
        return Review.of(ContentKind.EPISODE, "<p>Our book talk about Charlotte's Web.</p>").audience(audience)
                .recording(new Recording(transcript, List.of())).build();
    }

    @Test
    void anEpisodeForTheDistrictOrThePublicWithoutATranscriptIsBlocked() {
        for (Audience wide : List.of(Audience.DISTRICT, Audience.PUBLIC)) {
            List<Finding> findings = rule.check(episode(wide, false));
            assertEquals(1, findings.size(), wide.name());
            assertEquals(Severity.BLOCK, findings.get(0).severity());
            assertEquals(ClauseId.CLASSROOM, findings.get(0).clause());
            assertTrue(findings.get(0).fix().contains("Upload a transcript"), findings.get(0).fix());
        }
    }

    @Test
    void aClassOnlyEpisodeWithoutATranscriptIsWarned() {
        List<Finding> findings = rule.check(episode(Audience.CLASS, false));
        assertEquals(List.of(Severity.WARN), findings.stream().map(Finding::severity).toList());
    }

    @Test
    void anEpisodeWithATranscriptAndTextWithoutARecordingPass() {
        for (Audience audience : Audience.values()) {
            assertEquals(List.of(), rule.check(episode(audience, true)));
        }
        assertEquals(List.of(), rule.check(Review.of(ContentKind.POST, "<p>News</p>").audience(Audience.PUBLIC).build()));
    }

    @Test
    void theDistrictRulesIncludeIt() {
        PolicyEngine engine = new PolicyEngine(DistrictRules.all());
        assertEquals(Verdict.BLOCK, Verdict.of(engine.review(episode(Audience.PUBLIC, false))));
    }
}
