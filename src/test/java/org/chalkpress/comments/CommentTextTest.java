package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chalkpress.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void countsEveryWebAddressWhetherOrNotItStartsWithAScheme() {
        assertEquals(0, new CommentText("I liked the marsh trail. Next time: 10.30 at the gate.").linkCount());
        assertEquals(1, new CommentText("See https://example.org/birds.").linkCount());
        assertEquals(3, new CommentText("https://a.example, http://b.example/x?y=1 and www.c.example").linkCount());
    }

    @Test
    void showsTheTextAsTypedWithAddressesAsLinksAndNothingElseAsMarkup() {
        CommentText text = new CommentText("<b>Herons</b> & egrets!\nSee www.birds.example.\n\nBye");
        assertEquals("<p>&lt;b&gt;Herons&lt;/b&gt; &amp; egrets!<br>See <a href=\"https://www.birds.example\""
                + " rel=\"nofollow ugc\">www.birds.example</a>.</p><p>Bye</p>", text.html());
    }

    @Test
    void sameWordsWithOtherCaseSpacingOrPunctuationCountAsTheSameComment() {
        assertEquals(new CommentText("Birds are   cool").normalised(), new CommentText("BIRDS are cool!!").normalised());
    }

    @Test
    void anEmptyOrOverlongCommentSaysWhatToFix() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> new CommentText("   "));
        assertTrue(empty.fieldErrors().get("text").startsWith("Write something"));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new CommentText("a".repeat(CommentText.MAX_CHARS + 1)));
        assertTrue(tooLong.fieldErrors().get("text").contains("yours has 2001"));
    }
}
