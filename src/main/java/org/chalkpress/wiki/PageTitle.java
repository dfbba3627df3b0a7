package org.chalkpress.wiki;

import java.util.Locale;
import org.chalkpress.sites.Slug;

/**
 * A wiki page's title as people type it ("Water Cycle") and the key that makes it unique on a site
 * whatever its case or spacing ("water cycle").
 */
public record PageTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public PageTitle {
        value = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Give the page a title.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The title is " + value.length() + " characters long; keep it under "
                    + MAX_LENGTH + ".");
        }
        if (value.contains("[") || value.contains("]") || value.contains("|")) {
            throw new IllegalArgumentException("A page title cannot contain [ ] or |, because links use them.");
        }
    }

    public String key() {
        return keyOf(value);
    }

    public Slug slug() {
        return Slug.from(value);
    }

    /** The uniqueness key of any typed title, valid or not. */
    public static String keyOf(String title) {
        return (title == null ? "" : title.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
