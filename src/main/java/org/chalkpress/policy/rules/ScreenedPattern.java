package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.policy.TextSpan;

/**
 * A regular expression with what every match of it must contain, so that a rule with many expressions can
 * skip, with a few {@code String.contains}, those a text cannot match. Most posts mention none of most
 * confidential matters; running each expression over the whole text regardless was most of the cost of a
 * review (bench/policy).
 *
 * <p>What a match needs is found conservatively, from the top level of the expression only: a run of plain
 * letters, digits and spaces, or a group that must occur whose every alternative needs such a run (any one
 * of those words must then be in the text), and whether it needs a digit ({@code \d}) or an {@code @}. A
 * character or group made optional by a quantifier does not count. When in doubt (alternation at the top,
 * flags other than {@code (?i)}) nothing is required and the expression always runs. Words are compared
 * ASCII-folded on both sides, which is exactly what {@code (?i)} without UNICODE_CASE matches, so a text the
 * screen rejects can never have matched.
 */
record ScreenedPattern(Pattern pattern, Set<String> anyOf, boolean needsDigit, boolean needsAt, Set<String> leading) {

    private static final int SHORTEST_USEFUL = 3;

    /** A text prepared once for all the screens: folded (see {@link #fold}), and which characters it has. */
    record Screened(String folded, boolean hasDigit, boolean hasAt) {

        static Screened of(String text) {
            String folded = fold(text);
            boolean digit = false;
            for (int i = 0; i < folded.length() && !digit; i++) {
                char c = folded.charAt(i);
                digit = c >= '0' && c <= '9';
            }
            return new Screened(folded, digit, folded.indexOf('@') >= 0);
        }
    }

    static ScreenedPattern compile(String regex) {
        Set<String> words = requiredWords(regex);
        Set<String> leading = leadingWords(regex);
        return new ScreenedPattern(Pattern.compile(regex), words == null ? Set.of() : words,
                needs(regex, "\\d"), needs(regex, "@"), leading == null ? Set.of() : leading);
    }

    /**
     * Every match in the text, left to right, exactly as {@code Matcher.find} gives them. When every match starts
     * with one of a few words, the expression is tried only where those words occur: a regular expression tries
     * every position of the text, and that was most of what is left of a review's cost.
     */
    List<TextSpan> matches(String text, Screened screened) {
        List<TextSpan> found = new ArrayList<>();
        if (!mayMatch(screened)) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        if (leading.isEmpty()) {
            while (m.find()) {
                found.add(new TextSpan(m.start(), m.end()));
            }
            return found;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : startsOfLeadingWords(screened.folded())) {
            if (start < from) {
                continue;
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                found.add(new TextSpan(m.start(), m.end()));
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            }
        }
        return found;
    }

    private int[] startsOfLeadingWords(String folded) {
        int[] starts = new int[16];
        int count = 0;
        for (String word : leading) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at;
            }
        }
        int[] sorted = Arrays.copyOf(starts, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * The words (folded) one of which every match starts with, after {@code (?i)} and {@code \b}; null when that
     * is not certain.
     */
    static Set<String> leadingWords(String regex) {
        if (alternatives(regex).size() > 1) {
            return null;
        }
        int i = 0;
        while (true) {
            if (regex.startsWith("(?i)", i)) {
                i += 4;
            } else if (regex.startsWith("\\b", i)) {
                i += 2;
            } else {
                break;
            }
        }
        if (i >= regex.length()) {
            return null;
        }
        if (regex.charAt(i) == '(') {
            int close = groupEnd(regex, i);
            if (close < 0 || optional(regex, close + 1)) {
                return null;
            }
            return groupWords(regex, i, close, ScreenedPattern::leadingWords);
        }
        int end = i;
        while (end < regex.length() && (Character.isLetterOrDigit(regex.charAt(end)) && regex.charAt(end) < 128
                || regex.charAt(end) == ' ')) {
            end++;
        }
        if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            end--; // the quantified character may be absent or repeated
        }
        return end > i ? Set.of(fold(regex.substring(i, end))) : null;
    }

    /** True unless the text certainly has no match. */
    boolean mayMatch(Screened text) {
        if (needsDigit && !text.hasDigit() || needsAt && !text.hasAt()) {
            return false;
        }
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String word : anyOf) {
            if (text.folded().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text with ASCII letters lower-cased and nothing else changed (same length, same offsets). */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** The single plain text every match contains, or null (kept for the simple case and its tests). */
    static String requiredText(String regex) {
        Set<String> words = requiredWords(regex);
        return words != null && words.size() == 1 ? words.iterator().next() : null;
    }

    /**
     * Words (folded) of which every match contains at least one, or null when nothing certain is known. Of the
     * candidates, the one whose shortest word is longest wins: it rejects the most texts.
     */
    static Set<String> requiredWords(String regex) {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == ' ') {
                run.append(c);
                continue;
            }
            if ((c == '?' || c == '*' || c == '+' || c == '{') && run.length() > 0) {
                run.setLength(run.length() - 1); // the quantified character may be absent or repeated
            }
            addRun(candidates, run);
            switch (c) {
                case '\\' -> i++;
                case '[' -> i = classEnd(regex, i);
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? i : close;
                }
                case '|' -> {
                    return null;
                }
                case '(' -> {
                    if (regex.startsWith("(?i)", i)) {
                        i += 3;
                        continue;
                    }
                    if (regex.startsWith("(?", i) && i + 2 < regex.length() && Character.isLetter(regex.charAt(i + 2))
                            && !regex.startsWith("(?i:", i)) {
                        return null; // flags such as (?x) or (?u) change what plain text means
                    }
                    int close = groupEnd(regex, i);
                    if (close < 0) {
                        return null;
                    }
                    Set<String> group = groupWords(regex, i, close, ScreenedPattern::requiredWords);
                    if (group != null && !optional(regex, close + 1)) {
                        candidates.add(group);
                    }
                    i = close;
                }
                default -> { }
            }
        }
        addRun(candidates, run);
        return candidates.stream()
                .max(Comparator.<Set<String>>comparingInt(ScreenedPattern::shortest)
                        .thenComparing(words -> -words.size()))
                .orElse(null);
    }

    /**
     * The union of what {@code wordsOf} finds in each alternative of the group at [open, close], or null when
     * one alternative has none or the group is a lookaround (which matches nothing itself).
     */
    private static Set<String> groupWords(String regex, int open, int close,
                                          Function<String, Set<String>> wordsOf) {
        int start;
        if (regex.startsWith("(?:", open)) {
            start = open + 3;
        } else if (regex.startsWith("(?i:", open)) {
            start = open + 4;
        } else if (!regex.startsWith("(?", open)) {
            start = open + 1;
        } else {
            return null;
        }
        Set<String> union = new LinkedHashSet<>();
        for (String alternative : alternatives(regex.substring(start, close))) {
            Set<String> words = wordsOf.apply(alternative);
            if (words == null) {
                return null;
            }
            union.addAll(words);
        }
        return union;
    }

    private static List<String> alternatives(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(body, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }

    /** Whether the top level of the expression has {@code token} (a literal or {@code \d}) that must occur. */
    private static boolean needs(String regex, String token) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (regex.startsWith(token, i) && !optional(regex, i + token.length())) {
                return true;
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '|') {
                return false;
            } else if (c == '(') {
                if (regex.startsWith("(?i)", i)) {
                    i += 3;
                    continue;
                }
                int close = groupEnd(regex, i);
                if (close < 0) {
                    return false;
                }
                i = close;
            }
        }
        return false;
    }

    private static boolean optional(String regex, int after) {
        return after < regex.length() && (regex.charAt(after) == '?' || regex.charAt(after) == '*'
                || regex.startsWith("{0", after));
    }

    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return regex.length();
    }

    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void addRun(List<Set<String>> candidates, StringBuilder run) {
        if (run.length() >= SHORTEST_USEFUL) {
            candidates.add(Set.of(fold(run.toString())));
        }
        run.setLength(0);
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }
}
