package org.chalkpress.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.MediaCredit;

/**
 * What a teacher says about one item: alt text (required for images), caption, where it comes from, and who
 * is in it — tagged people, or "no identifiable people", or people not from our school with a statement.
 */
public record MediaDetails(String altText, String caption, boolean ownWork, String source,
                           MediaCredit.Licence licence, String fairUseJustification, Set<Long> people,
                           boolean noIdentifiablePeople, String outsidersStatement) {

    public MediaDetails {
        altText = clean(altText);
        caption = clean(caption);
        source = clean(source);
        fairUseJustification = clean(fairUseJustification);
        outsidersStatement = clean(outsidersStatement);
        people = people == null ? Set.of() : Set.copyOf(people);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Refuses details that cannot be saved, with a message per field; nothing is changed then. */
    public void validateFor(MediaItem item) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (item.isImage() && altText.isEmpty()) {
            errors.put("altText", "Describe the image for people who cannot see it (alt text is required).");
        }
        if (altText.length() > 1000) {
            errors.put("altText", "Keep the alt text under 1,000 characters.");
        }
        if (caption.length() > 2000) {
            errors.put("caption", "Keep the caption under 2,000 characters.");
        }
        if (!ownWork && source.isEmpty()) {
            errors.put("source", "Say where the media comes from (a person, a website, a book), or mark it as your own work.");
        }
        if (!ownWork && licence == null) {
            errors.put("licence", "Choose the licence it is used under, or mark it as your own work.");
        }
        if (!ownWork && licence == MediaCredit.Licence.FAIR_USE && fairUseJustification.isEmpty()) {
            errors.put("fairUseJustification", "Explain why this use is fair (a small part, used for teaching, commented on).");
        }
        if (noIdentifiablePeople && !people.isEmpty()) {
            errors.put("people", "You tagged people and also said no one can be recognised: choose one.");
        }
        if (source.length() > 1000 || outsidersStatement.length() > 1000 || fairUseJustification.length() > 2000) {
            errors.put("source", "Keep the source and statements short (under 1,000 characters).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
