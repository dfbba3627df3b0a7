package org.chalkpress.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitiserTest {

    @Test
    void scriptsHandlersAndStylesNeverSurvive() {
        String clean = HtmlSanitiser.sanitise("<p onclick=\"x()\" style=\"color:red\">Hi<script>alert(1)</script></p>"
                + "<img src=\"https://example.org/a.png\" onerror=\"steal()\" alt=\"A leaf\"><iframe src=\"https://evil\"></iframe>");
        assertFalse(clean.contains("script"));
        assertFalse(clean.contains("onclick"));
        assertFalse(clean.contains("onerror"));
        assertFalse(clean.contains("style"));
        assertFalse(clean.contains("iframe"));
        assertTrue(clean.contains("alt=\"A leaf\""));
    }

    @Test
    void onlyWebAndMailLinksKeepTheirAddress() {
        assertFalse(HtmlSanitiser.sanitise("<a href=\"javascript:alert(1)\">x</a>").contains("javascript"));
        assertFalse(HtmlSanitiser.sanitise("<a href=\"data:text/html,hi\">x</a>").contains("data:"));
        assertTrue(HtmlSanitiser.sanitise("<a href=\"mailto:office@school.example\">x</a>").contains("mailto:"));
        String link = HtmlSanitiser.sanitise("<a href=\"https://example.org\">x</a>");
        assertTrue(link.contains("noopener") && link.contains("noreferrer") && link.contains("ugc"), link);
    }

    @Test
    void ordinaryFormattingIsKept() {
        String html = "<h2>Plan</h2><p><strong>Bring</strong> <em>boots</em>.</p><ul><li>Water</li></ul>"
                + "<blockquote cite=\"https://example.org\">Quote</blockquote>";
        assertEquals(html, HtmlSanitiser.sanitise(html));
    }

    @Test
    void videoAndAudioPlayOnlyFromTheClassLibraryWithControlsAndNeverByThemselves() {
        assertEquals("<video src=\"/media/grade4/12\" controls=\"controls\"></video>"
                        + "<audio controls=\"controls\" src=\"/media/grade4/13\"></audio>",
                HtmlSanitiser.sanitise("<video src=\"/media/grade4/12\" autoplay loop muted onplay=\"x()\"></video>"
                        + "<audio controls src=\"/media/grade4/13\" autoplay></audio>"));
        assertEquals("<p>Watch:</p>", HtmlSanitiser.sanitise("<p>Watch:</p>"
                + "<video controls src=\"https://videos.example.com/media/grade4/12\"></video>"
                + "<video controls src=\"//tracker.example/media/grade4/12\"></video>"
                + "<audio controls src=\"javascript:alert(1)\"></audio>"
                + "<video controls src=\"/media/grade4/12/../../../admin\"></video>"
                + "<video controls><source src=\"https://videos.example.com/a.mp4\"></video>"));
    }
}
