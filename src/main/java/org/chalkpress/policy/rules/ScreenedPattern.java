package org.chalkpress.policy.rules;

import java.util.regex.Pattern;

/**
 * A regular expression with the longest piece of plain text that every match of it contains, so that a
 * rule with many expressions can skip, with one {@code String.contains}, those whose words a text does not
 * have. Most posts mention none of most confidential matters; running each expression over the whole text
 * regardless was most of the cost of a review (bench/policy).
 *
 * <p>The required text is found conservatively: only plain letters, digits and spaces outside any group,
 * class or alternation count, and a character made optional or repeated by a quantifier does not. When in
 * doubt (alternation at the top, flags other than {@code (?i)}) there is none, and the expression always runs.
 * Case is compared ASCII-folded on both sides, which is exactly what {@code (?i)} without UNICODE_CASE
 * matches, so a text the screen rejects can never have matched.
 */
record ScreenedPattern(Pattern pattern, String required) {

    private static final int SHORTEST_USEFUL = 3;

    static ScreenedPattern compile(String regex) {
        return new ScreenedPattern(Pattern.compile(regex), requiredText(regex));
    }

    /** True unless the folded text (see {@link #fold}) certainly has no match. */
    boolean mayMatch(String foldedText) {
        return required == null || foldedText.contains(required);
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

    static String requiredText(String regex) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (inClass) {
                if (c == '\\') {
                    i++;
                } else if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '(' && regex.startsWith("(?", i) && i + 2 < regex.length()
                    && Character.isLetter(regex.charAt(i + 2))
                    && !regex.startsWith("(?i)", i) && !regex.startsWith("(?i:", i)) {
                return null; // flags such as (?x) or (?u) change what plain text means
            }
            boolean literal = depth == 0 && (Character.isLetterOrDigit(c) && c < 128 || c == ' ');
            if (literal) {
                run.append(c);
                continue;
            }
            if (depth == 0 && (c == '?' || c == '*' || c == '+' || c == '{') && run.length() > 0) {
                run.setLength(run.length() - 1); // the quantified character may be absent or repeated
            }
            best = longer(best, run);
            run.setLength(0);
            switch (c) {
                case '\\' -> i++;
                case '[' -> inClass = true;
                case '(' -> depth++;
                case ')' -> depth--;
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? i : close;
                }
                default -> { }
            }
        }
        return longer(best, run);
    }

    private static String longer(String best, CharSequence run) {
        if (run.length() >= SHORTEST_USEFUL && (best == null || run.length() > best.length())) {
            return fold(run.toString());
        }
        return best;
    }
}
