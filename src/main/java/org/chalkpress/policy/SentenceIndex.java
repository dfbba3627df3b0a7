package org.chalkpress.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences of a text begin, so rules can ask whether two spans are "near" each other: in the same
 * sentence or a neighbouring one. A line break ends a sentence; so does . ! or ? followed by a space, except
 * after an initial ("Maya R.") or a title ("Mrs.").
 */
public final class SentenceIndex {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "st", "jr", "sr", "vs",
            "etc", "prof", "mt", "no", "ave", "rd", "e.g", "i.e", "approx", "dept", "coach");

    private final int[] starts;

    public SentenceIndex(String text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            if (c == '\n') {
                boundary = true;
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                boundary = c != '.' || !followsAbbreviation(text, i);
            }
            if (boundary) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    private static boolean followsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The number of the sentence that holds the character at {@code offset}, counting from 0. */
    public int sentenceAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Whether two spans lie in the same sentence or at most {@code window} sentences apart. */
    public boolean near(TextSpan a, TextSpan b, int window) {
        int sa = sentenceAt(a.start());
        int sb = sentenceAt(b.start());
        int ea = sentenceAt(Math.max(a.start(), a.end() - 1));
        int eb = sentenceAt(Math.max(b.start(), b.end() - 1));
        return Math.max(sa, sb) - Math.min(ea, eb) <= window;
    }
}
