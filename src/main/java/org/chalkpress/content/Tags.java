package org.chalkpress.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A post's tags, as typed by a teacher ("Science, field trip") and as stored (lower-case, sorted). */
public record Tags(Set<String> values) {

    private static final int MAX_TAGS = 12;

    public Tags {
        values = Set.copyOf(new TreeSet<>(values));
        if (values.size() > MAX_TAGS) {
            throw new IllegalArgumentException("A post can have at most " + MAX_TAGS + " tags");
        }
        for (String tag : values) {
            if (tag.length() > 60) {
                throw new IllegalArgumentException("The tag '" + tag + "' is longer than 60 characters; shorten it");
            }
        }
    }

    public static Tags parse(String text) {
        if (text == null || text.isBlank()) {
            return new Tags(Set.of());
        }
        return new Tags(Arrays.stream(text.split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public String asText() {
        return String.join(", ", new TreeSet<>(values));
    }
}
