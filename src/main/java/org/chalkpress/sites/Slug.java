package org.chalkpress.sites;

import java.text.Normalizer;
import java.util.Locale;

/** A URL-safe name: lower-case letters, digits and single hyphens, 1–80 characters. */
public record Slug(String value) {

    public Slug {
        if (value == null || !value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 80) {
            throw new IllegalArgumentException("'" + value + "' is not a valid address name: use lower-case letters,"
                    + " digits and hyphens, for example 'grade-4-maple'");
        }
    }

    /** Makes a slug from any title: "Mrs. Hill's Grade 4!" becomes "mrs-hills-grade-4". */
    public static Slug from(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("'", "")
                .replace("’", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-+$", "");
        }
        return new Slug(ascii.isEmpty() ? "untitled" : ascii);
    }

    @Override
    public String toString() {
        return value;
    }
}
