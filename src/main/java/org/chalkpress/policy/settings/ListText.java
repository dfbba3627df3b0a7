package org.chalkpress.policy.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A list as an administrator types it: one entry a line; blank lines and lines starting with # ignored. */
public final class ListText {

    static final int MAX_WORD = 200;
    static final int MAX_DOMAIN = 253;
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)+");

    private ListText() {
    }

    /** Words and phrases, trimmed, lower-cased, without duplicates, in the order typed. */
    public static List<String> words(String text) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines(text)) {
            String word = line.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (word.length() > MAX_WORD) {
                throw new IllegalArgumentException("\"" + word.substring(0, 40) + "…\" is longer than " + MAX_WORD
                        + " characters; a word list holds words and short phrases.");
            }
            entries.add(word);
        }
        return List.copyOf(entries);
    }

    /**
     * Domain names such as {@code example.com}; a pasted address ({@code https://www.example.com/page}) is
     * reduced to its host name.
     */
    public static Set<String> domains(String text) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines(text)) {
            String domain = line.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "")
                    .replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "").replaceFirst("\\.$", "");
            if (domain.length() > MAX_DOMAIN || !DOMAIN.matcher(domain).matches()) {
                throw new IllegalArgumentException("\"" + line + "\" is not a domain name; write one per line, for"
                        + " example example.com");
            }
            entries.add(domain);
        }
        return entries;
    }

    /** Entries back as text for the form, one a line. */
    public static String join(Iterable<String> entries) {
        return String.join("\n", entries);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                lines.add(entry);
            }
        }
        return lines;
    }
}
