package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;

class PrivacyFirstRuleTest {

    private final PrivacyFirstRule rule = new PrivacyFirstRule();

    @Test
    void warnsOnAStudentsSurnameOnAPublicPageAndSuggestsTheInitial() {
        List<Finding> findings = aReview("<p>Well done Maya Ramirez and Liam O'Brien!</p>").publicly().findings(rule);
        assertEquals(List.of("Ramirez", "O'Brien"), findings.stream().map(Finding::excerpt).toList());
        Finding f = findings.get(0);
        assertEquals(ClauseId.PRIVACY_FIRST, f.clause());
        assertEquals(Severity.WARN, f.severity());
        assertTrue(f.fix().contains("first name and last initial"), f.fix());
        assertTrue(f.fix().contains("Maya R."), f.fix());
    }

    @Test
    void onlyPublicPagesWithoutPermissionAreChecked() {
        String html = "<p>Well done Maya Ramirez!</p>";
        assertEquals(List.of(), aReview(html).forAudience(Audience.CLASS).findings(rule));
        assertEquals(List.of(), aReview(html).forAudience(Audience.DISTRICT).findings(rule));
        assertEquals(List.of(), aReview(html).publicly().surnamesAllowed().findings(rule));
    }

    @Test
    void aSurnameAloneCountsOnlyWhenTheStudentIsNamedAndIsNotATeacher() {
        assertEquals(List.of("Ramirez"), aReview("<p>Maya brought cookies. Thanks to the Ramirez family!</p>").publicly()
                .findings(rule).stream().map(Finding::excerpt).toList());
        assertEquals(List.of(), aReview("<p>We read about Martin Luther King.</p>").publicly().findings(rule));
        assertEquals(List.of(), aReview("<p>Ava thanked Mrs. King for the books.</p>").publicly().findings(rule));
        assertEquals(List.of(), aReview("<p>Maya R. and Ava K. led the tour.</p>").publicly().findings(rule));
    }

    @Test
    void commentsOnPublicPagesToo() {
        assertEquals(1, aReview("<p>go leo chen!!</p>").asComment().byStudent().publicly().findings(rule).size());
    }
}
