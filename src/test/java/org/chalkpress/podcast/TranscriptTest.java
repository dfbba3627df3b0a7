package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void readsWebVttCuesWithSpeakersNotesAndEntities() {
        Transcript t = Transcript.read("""
                WEBVTT - Book talk

                NOTE recorded in room 12

                intro
                00:00:00.000 --> 00:00:04.500 align:start
                <v Ms. Hill>Welcome to our <b>book talk</b>!

                00:04.500 --> 00:09.000
                We read Charlotte's Web &amp; loved it.
                """);
        assertEquals(Transcript.Format.WEBVTT, t.format());
        assertEquals(2, t.cues().size());
        assertEquals("Ms. Hill: Welcome to our book talk!", t.cues().get(0).text());
        assertEquals(Duration.ofMillis(4500), t.cues().get(0).end());
        assertEquals(Duration.ofMillis(4500), t.cues().get(1).start());
        assertEquals("Ms. Hill: Welcome to our book talk!\nWe read Charlotte's Web & loved it.", t.text());
    }

    @Test
    void readsSrtWithCommaMillisecondsAndWindowsLineEnds() {
        Transcript t = Transcript.read("1\r\n00:00:01,000 --> 00:00:03,250\r\nHello, listeners.\r\nToday: frogs.\r\n\r\n"
                + "2\r\n00:01:02,000 --> 00:01:05,000\r\nThe end.\r\n");
        assertEquals(Transcript.Format.SRT, t.format());
        assertEquals("Hello, listeners. Today: frogs.", t.cues().get(0).text());
        assertEquals(Duration.ofMillis(3250), t.cues().get(0).end());
        assertEquals(Duration.ofSeconds(62), t.cues().get(1).start());
    }

    @Test
    void plainTextIsOneCuePerParagraphWithoutTimes() {
        Transcript t = Transcript.read("Welcome to the show.\nWe talk about frogs.\n\nThank you for listening.");
        assertEquals(Transcript.Format.PLAIN, t.format());
        assertEquals(2, t.cues().size());
        assertNull(t.cues().get(0).start());
        assertEquals("Welcome to the show. We talk about frogs.", t.cues().get(0).text());
    }

    @Test
    void aDamagedTimingIsRefusedWithTheLineToFix() {
        TranscriptException e = assertThrows(TranscriptException.class,
                () -> Transcript.read("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nFine\n\n00:00:09.000 --> 00:00:05.000\nBackwards\n"));
        assertTrue(e.getMessage().contains("near line 6"), e.getMessage());
        assertTrue(e.getMessage().contains("00:00:09.000 --> 00:00:05.000"), e.getMessage());
    }

    @Test
    void emptyTranscriptsAreRefused() {
        assertThrows(TranscriptException.class, () -> Transcript.read("  \n"));
        assertThrows(TranscriptException.class, () -> Transcript.read("WEBVTT\n\nNOTE nothing said\n"));
    }
}
