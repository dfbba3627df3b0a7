package org.chalkpress.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run of letters or digits in a document's text, with its offsets. Apostrophes and hyphens split words
 * ("Maya's" is "Maya" and "s"), so names on a roster and names in a text are cut the same way.
 */
public record Word(String text, int start, int end) {

    public static List<Word> scan(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words.add(new Word(text.substring(start, i), start, i));
        }
        return words;
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }
}
