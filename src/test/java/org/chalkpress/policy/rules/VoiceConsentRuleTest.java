package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Recording;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;

class VoiceConsentRuleTest {

    private final VoiceConsentRule rule = new VoiceConsentRule();

    @Test
    void everyoneHeardWithoutVoiceConsentBlocksWithTheRegistrysReason() {
        Review review = Review.of(ContentKind.EPISODE, "<p>Interview</p>").audience(Audience.PUBLIC)
                .recording(new Recording(true, List.of(
                        new Recording.Voice("Maya Rivera", false, "Maya Rivera's guardian has not signed a voice release."),
                        new Recording.Voice("Ms. Hill", true, "On file")))).build();
        List<Finding> findings = rule.check(review);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.PHOTO_CONSENT, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("Maya Rivera", f.excerpt());
        assertTrue(f.message().contains("has not signed a voice release"), f.message());
        assertTrue(f.message().contains("anyone on the internet"), f.message());
    }

    @Test
    void noVoicesNoFindings() {
        assertEquals(List.of(), rule.check(Review.of(ContentKind.EPISODE, "<p>x</p>")
                .recording(new Recording(true, List.of())).build()));
        assertEquals(List.of(), rule.check(Review.of(ContentKind.POST, "<p>x</p>").build()));
    }
}
