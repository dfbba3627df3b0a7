package org.chalkpress.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    private static final String TEXT = "Ms. Hill posted <Leaf & stem> on Grade 4.\n\nRead it: https://blogs.example.org/"
            + "sites/grade-4-hill/posts/leaf?a=1&b=2.\n\n-- \nRiverbend USD · Chalkpress\nTo stop e-mails like this one: "
            + "https://blogs.example.org/unsubscribe?t=42.c2l0ZQ.sig\n";

    @Test
    void theDistrictsNameIsOnTopAndEveryLinkIsClickable() {
        String html = MailHtml.of("Riverbend USD", "New on Grade 4", TEXT);
        assertTrue(html.contains(">Riverbend USD</p>"), html);
        assertTrue(html.contains("<a href=\"https://blogs.example.org/sites/grade-4-hill/posts/leaf?a=1&amp;b=2\">"),
                "the link without the sentence's full stop, its ampersand escaped: " + html);
        assertTrue(html.contains("<a href=\"https://blogs.example.org/unsubscribe?t=42.c2l0ZQ.sig\">"), html);
    }

    @Test
    void textIsEscapedSoNothingInANoticeBecomesMarkup() {
        String html = MailHtml.of("Riverbend USD", "<b>subject</b>", TEXT);
        assertTrue(html.contains("&lt;Leaf &amp; stem&gt;"), html);
        assertFalse(html.contains("<Leaf"), html);
        assertTrue(html.contains("<title>&lt;b&gt;subject&lt;/b&gt;</title>"), html);
    }
}
