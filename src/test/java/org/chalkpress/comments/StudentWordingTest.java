package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;
import org.chalkpress.policy.rules.StudentPrivacyRule;
import org.junit.jupiter.api.Test;

class StudentWordingTest {

    private static List<Finding> privacyFindings(String comment) {
        return new StudentPrivacyRule().check(Review.of(ContentKind.COMMENT, "<p>" + comment + "</p>")
                .authorIsStaff(false).build());
    }

    @Test
    void aPhoneNumberInAStudentsCommentGetsTheFriendlyPhoneSentence() {
        List<String> said = StudentWording.of(privacyFindings("Call me at 555-201-3344 after school"));
        assertEquals(List.of("Please don't share a phone number here — ask your teacher if you need to get in touch"
                + " with someone."), said);
    }

    @Test
    void anEmailAddressIsNamedAsSuch() {
        assertTrue(StudentWording.of(privacyFindings("write to me at maya.fun@example.com"))
                .get(0).startsWith("Please don't share an e-mail address here"));
    }

    @Test
    void eachClauseHasItsOwnKindSentenceQuotingTheWords() {
        Finding rude = new Finding(ClauseId.CLASSROOM, "classroom-language", Severity.BLOCK, new TextSpan(0, 6),
                "stupid", "This word is not appropriate in class.", "Remove it.");
        assertEquals("Please use words you would use in the classroom (“stupid”) — kind words only, please.",
                StudentWording.of(rude));
    }

    @Test
    void twoFindingsOfTheSameKindAreSaidOnce() {
        assertEquals(1, StudentWording.of(privacyFindings("Call 555-201-3344 or 555-201-9999")).size());
    }
}
