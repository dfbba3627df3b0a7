package org.chalkpress.podcast;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Audience;

/**
 * What the teacher types in the episode editor. Checked here for shape only (numbers, chapter lines); the
 * policy checks come from the gate.
 */
public record EpisodeForm(String title, String notesHtml, Audience audience, Integer season, Integer number,
                          String chapters, Set<Long> peopleHeard) {

    public EpisodeForm {
        title = title == null ? "" : title.strip();
        notesHtml = notesHtml == null ? "" : notesHtml;
        chapters = chapters == null ? "" : chapters.strip();
        peopleHeard = peopleHeard == null ? Set.of() : Set.copyOf(peopleHeard);
    }

    /** Refuses the form with a message per field to fix; nothing is saved until it passes. */
    public EpisodeForm validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.length() > 300) {
            errors.put("title", "Shorten the title to 300 characters or fewer.");
        }
        if (season != null && (season < 1 || season > 999)) {
            errors.put("season", "A season number is between 1 and 999, or left empty.");
        }
        if (number != null && (number < 1 || number > 99_999)) {
            errors.put("number", "An episode number is between 1 and 99999, or left empty.");
        }
        try {
            Chapters.parse(chapters);
        } catch (IllegalArgumentException e) {
            errors.put("chapters", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
