package org.chalkpress.comments.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    private static Finding at(int start, int end, Severity severity) {
        return new Finding(ClauseId.STUDENT_PRIVACY, "student-privacy", severity, new TextSpan(start, end), "",
                "Looks like a phone number.", "");
    }

    @Test
    void marksEachFindingsSpanAndEscapesTheRest() {
        String html = HighlightedText.of("<p>Call 555-201-3344 &lt;now&gt;</p>", List.of(at(5, 17, Severity.WARN)));
        assertEquals("Call <mark class=\"cp-mark cp-mark--warn\" title=\"STUDENT-PRIVACY: Looks like a phone number.\">"
                + "555-201-3344</mark> &lt;now&gt;", html);
    }

    @Test
    void overlappingOrOutOfRangeSpansNeverBreakTheText() {
        String html = HighlightedText.of("<p>abcdef</p>", List.of(at(1, 4, Severity.BLOCK), at(2, 5, Severity.WARN),
                at(10, 12, Severity.WARN)));
        assertEquals("a<mark class=\"cp-mark cp-mark--block\" title=\"STUDENT-PRIVACY: Looks like a phone number.\">bcd</mark>"
                + "<mark class=\"cp-mark cp-mark--warn\" title=\"STUDENT-PRIVACY: Looks like a phone number.\">e</mark>f", html);
    }
}
