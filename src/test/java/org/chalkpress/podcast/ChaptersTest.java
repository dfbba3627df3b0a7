package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersTest {

    @Test
    void readsOneChapterALine() {
        List<Chapters.Chapter> chapters = Chapters.parse("0:00 Welcome\n\n2:15 The interview\n1:02:03 Goodbye");
        assertEquals(List.of("Welcome", "The interview", "Goodbye"), chapters.stream().map(Chapters.Chapter::title).toList());
        assertEquals(Duration.ofSeconds(135), chapters.get(1).start());
        assertEquals("1:02:03", Timestamp.show(chapters.get(2).start()));
    }

    @Test
    void refusesLinesWithoutATimeOrOutOfOrder() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Chapters.parse("Welcome"))
                .getMessage().contains("line 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Chapters.parse("2:00 B\n1:00 A"))
                .getMessage().contains("before the chapter above"));
    }
}
