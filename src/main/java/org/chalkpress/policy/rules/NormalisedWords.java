package org.chalkpress.policy.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chalkpress.policy.TextSpan;

/**
 * The words of a text as a reader would read them through common disguises: upper case, accents and
 * look-alike digits or symbols ("sh1t", "@ss", "$hit"), a star standing for a letter ("f**k"), letters spaced
 * or dotted apart ("s.h.i.t", "f u c k"). Each word keeps the offsets of its original characters, so a
 * finding points at exactly what the author typed.
 */
final class NormalisedWords {

    /** One word: its normalised letters ('*' where the author hid a letter) and where it was in the text. */
    record Token(String norm, int start, int end) {

        TextSpan span() {
            return new TextSpan(start, end);
        }

        boolean hasWildcard() {
            return norm.indexOf('*') >= 0;
        }
    }

    private final List<Token> tokens;
    private final List<Token> joinedLetters;

    private NormalisedWords(List<Token> tokens, List<Token> joinedLetters) {
        this.tokens = tokens;
        this.joinedLetters = joinedLetters;
    }

    /** The words in reading order, as separate words (for phrases). */
    List<Token> tokens() {
        return tokens;
    }

    /** Runs of three or more single letters joined into one word ("f u c k" as "fuck"). */
    List<Token> joinedLetters() {
        return joinedLetters;
    }

    static NormalisedWords of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && isEdgeSymbol(text.charAt(start))) {
                start++;
            }
            while (end > start && isEdgeSymbol(text.charAt(end - 1))) {
                end--;
            }
            Token token = normalise(text, start, end);
            if (token != null) {
                tokens.add(token);
            }
        }
        return new NormalisedWords(tokens, joinSingleLetters(text, tokens));
    }

    private static Token normalise(String text, int start, int end) {
        StringBuilder norm = new StringBuilder(end - start);
        boolean letterOrSymbol = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                norm.append(baseLetter(c));
                letterOrSymbol = true;
            } else {
                char leet = leet(c);
                if (leet != 0) {
                    norm.append(leet);
                    letterOrSymbol |= !Character.isDigit(c);
                } else {
                    norm.append(c);
                }
            }
        }
        // A number alone ("455", "1337") is a number, not a disguised word.
        return letterOrSymbol && norm.length() > 0 ? new Token(norm.toString(), start, end) : null;
    }

    private static List<Token> joinSingleLetters(String text, List<Token> tokens) {
        List<Token> joined = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j).norm().length() == 1 && tokens.get(j + 1).norm().length() == 1
                    && shortGap(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder word = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    word.append(tokens.get(k).norm());
                }
                joined.add(new Token(word.toString(), tokens.get(i).start(), tokens.get(j).end()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return joined;
    }

    private static boolean shortGap(String text, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || leet(c) != 0 || c == '*';
    }

    private static boolean isEdgeSymbol(char c) {
        return c == '!' || c == '*';
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    private static char baseLetter(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 128) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? lower : decomposed.toLowerCase(Locale.ROOT).charAt(0);
    }
}
