package org.chalkpress.podcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An episode's chapters as the teacher writes them, one a line: {@code 0:00 Welcome}, {@code 2:15 The interview}.
 * Times must rise; a line that is not a time and a title is refused with its number.
 */
public final class Chapters {

    /** One chapter: where it starts and what it is called. */
    public record Chapter(Duration start, String title) {
    }

    private Chapters() {
    }

    public static List<Chapter> parse(String text) {
        List<Chapter> chapters = new ArrayList<>();
        if (text == null) {
            return chapters;
        }
        String[] lines = text.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            Duration start = Timestamp.parse(parts[0]);
            if (start == null || parts.length < 2) {
                throw new IllegalArgumentException("Chapter line " + (i + 1) + " (\"" + line + "\"): write a time"
                        + " and a title, such as \"2:15 The interview\".");
            }
            if (!chapters.isEmpty() && start.compareTo(chapters.get(chapters.size() - 1).start()) <= 0) {
                throw new IllegalArgumentException("Chapter line " + (i + 1) + " (\"" + line + "\") starts before"
                        + " the chapter above it: list chapters in the order they are heard.");
            }
            chapters.add(new Chapter(start, parts[1].strip()));
        }
        return chapters;
    }
}
