package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;
import org.junit.jupiter.api.Test;

class AgreementRuleTest {

    private final AgreementRule rule = new AgreementRule();

    @Test
    void blocksStaffWhoHaveNotAcknowledgedTheCurrentPolicy() {
        Finding f = aReview("<p>Field trip photos!</p>").byStaffWhoHasNotAcknowledged().findings(rule).get(0);
        assertEquals(ClauseId.AGREEMENT, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals(new TextSpan(0, 0), f.span());
        assertEquals("", f.excerpt());
        assertTrue(f.message().contains("policy"), f.message());
    }

    @Test
    void passesAcknowledgedStaffAndStudents() {
        assertEquals(List.of(), aReview("<p>Field trip photos!</p>").findings(rule));
        assertEquals(List.of(), aReview("<p>cool!</p>").asComment().byStudent().findings(rule));
    }
}
