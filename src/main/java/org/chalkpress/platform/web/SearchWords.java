package org.chalkpress.platform.web;

import static org.chalkpress.platform.web.Html.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a reader typed in a search box, as words, and the excerpt of a match that shows them (wiki and podcast). */
public final class SearchWords {

    public static final int MAX_WORDS = 8;

    private SearchWords() {
    }

    /** Distinct lower-case words of two letters or more, at most {@link #MAX_WORDS}. */
    public static List<String> of(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 2).distinct().limit(MAX_WORDS).toList();
    }

    /** About 200 characters around the first match, escaped, with every matched word marked. */
    public static String excerpt(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, first - 60);
        int end = Math.min(text.length(), start + 200);
        String piece = text.substring(start, end);
        Pattern any = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        StringBuilder out = new StringBuilder(start > 0 ? "…" : "");
        Matcher m = any.matcher(piece);
        int from = 0;
        while (m.find()) {
            out.append(text(piece.substring(from, m.start()))).append("<mark>").append(text(m.group()))
                    .append("</mark>");
            from = m.end();
        }
        out.append(text(piece.substring(from))).append(end < text.length() ? "…" : "");
        return out.toString();
    }
}
