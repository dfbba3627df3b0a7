package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chalkpress.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class VideoCaptionsTest {

    @Test
    void subRipBecomesWebVttWithTheWordsAsTextOnly() {
        String srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Hello</i> & <script>alert(1)</script>\r\n\r\n"
                + "2\r\n01:02:03,004 --> 01:02:05,000\r\nA line --> that looks like a time\r\n";

        assertEquals("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello &amp; alert(1)\n\n"
                        + "01:02:03.004 --> 01:02:05.000\nA line --&gt; that looks like a time\n",
                VideoCaptions.toWebVtt(srt));
    }

    @Test
    void theWordsAreReadBackForThePolicyCheck() {
        String vtt = VideoCaptions.toWebVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Maya>I found a frog\n");

        assertEquals("Maya: I found a frog", VideoCaptions.words(vtt));
    }

    @Test
    void untimedTextAndDamagedTimingsAreRefusedWithWhatToFix() {
        InvalidInputException plain = assertThrows(InvalidInputException.class,
                () -> VideoCaptions.toWebVtt("We walked to the pond."));
        InvalidInputException damaged = assertThrows(InvalidInputException.class,
                () -> VideoCaptions.toWebVtt("WEBVTT\n\n00:05.000 --> 00:01.000\nBackwards\n"));

        assertTrue(plain.fieldErrors().get("captions").contains("WebVTT (.vtt) or SubRip (.srt)"), plain.getMessage());
        assertTrue(damaged.fieldErrors().get("captions").contains("near line 3"), damaged.getMessage());
    }
}
