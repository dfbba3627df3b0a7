package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.TextSpan;

/**
 * A district word list prepared for matching whole words and phrases in {@link NormalisedWords}. Entries are
 * plain words ("vodka"), words with a trailing star for any ending ("cigarette*"), or phrases ("kill
 * yourself"). A word matches only a whole word, never part of one, so "Scunthorpe", "assistant" and
 * "cocktail" are safe from short entries. Stretched words ("shiiit") match; so do words with starred letters.
 * Phrases read "you're", "you are", "ur" and "u r" alike and may have a few filler words in between
 * ("you're so stupid"). Exceptions are phrases that cancel a match inside them ("root beer", "naked eye").
 */
final class TermList {

    /** Something the text matched: the list entry and the author's characters. */
    record Hit(String entry, TextSpan span) { }

    private static final Set<String> FILLERS = Set.of("so", "really", "very", "such", "a", "an", "the", "totally",
            "just", "super", "too", "all", "soo", "sooo");

    private record Phrase(String entry, List<String> words) { }

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> collapsed = new HashMap<>();
    private final Map<String, String> starred = new HashMap<>();
    private final Map<Integer, List<String>> byLength = new HashMap<>();
    private final List<String[]> prefixes = new ArrayList<>();
    /** The same prefixes by their first letter: most words are checked against only a few. */
    private final Map<Character, List<String[]>> prefixesByFirstLetter = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final TermList exceptions;

    TermList(List<String> entries, List<String> exceptionEntries) {
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            List<String> words = canonical(NormalisedWords.of(entry.replace("*", " ")).tokens().stream()
                    .map(NormalisedWords.Token::norm).toList());
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > 1) {
                phrases.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(entry, words));
            } else if (entry.endsWith("*")) {
                String[] prefix = {words.get(0), entry};
                prefixes.add(prefix);
                prefixesByFirstLetter.computeIfAbsent(prefix[0].charAt(0), k -> new ArrayList<>()).add(prefix);
                starred.put(words.get(0), entry);
                byLength.computeIfAbsent(words.get(0).length(), k -> new ArrayList<>()).add(words.get(0));
            } else {
                String word = words.get(0);
                exact.put(word, entry);
                collapsed.putIfAbsent(collapse(word), word);
                byLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
            }
        }
        this.exceptions = exceptionEntries.isEmpty() ? null : new TermList(exceptionEntries, List.of());
    }

    List<Hit> find(String text) {
        return find(NormalisedWords.of(text));
    }

    List<Hit> find(NormalisedWords text) {
        List<Hit> hits = new ArrayList<>();
        for (NormalisedWords.Token token : text.tokens()) {
            String entry = matchWord(token);
            if (entry != null) {
                hits.add(new Hit(entry, token.span()));
            }
        }
        for (NormalisedWords.Token token : text.joinedLetters()) {
            String entry = matchWord(token);
            if (entry != null) {
                hits.add(new Hit(entry, token.span()));
            }
        }
        if (!phrases.isEmpty()) {
            findPhrases(text.tokens(), hits);
        }
        if (exceptions != null && !hits.isEmpty()) {
            List<Hit> excused = exceptions.find(text);
            hits.removeIf(hit -> excused.stream().anyMatch(e -> e.span().start() <= hit.span().start()
                    && hit.span().end() <= e.span().end()));
        }
        hits.sort((a, b) -> a.span().start() != b.span().start() ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(b.span().length(), a.span().length()));
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(hit.span())) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private String matchWord(NormalisedWords.Token token) {
        String norm = token.norm();
        String entry = exact.get(norm);
        if (entry != null) {
            return entry;
        }
        if (token.hasWildcard()) {
            String unstarred = norm.replace("*", "");
            entry = exact.get(unstarred);
            if (entry != null && unstarred.length() >= 3) {
                return entry;
            }
            for (String word : byLength.getOrDefault(norm.length(), List.of())) {
                if (matchesWithStars(norm, word)) {
                    return exact.getOrDefault(word, starred.get(word));
                }
            }
        }
        String word = collapsed.get(collapse(norm));
        if (word != null && norm.length() > word.length()) {
            return exact.get(word);
        }
        boolean stretched = hasTripleLetter(norm);
        List<String[]> candidates = stretched ? prefixes
                : prefixesByFirstLetter.getOrDefault(norm.isEmpty() ? ' ' : norm.charAt(0), List.of());
        for (String[] prefix : candidates) {
            if (norm.startsWith(prefix[0]) || stretched && collapse(norm).startsWith(collapse(prefix[0]))) {
                return prefix[1];
            }
        }
        return null;
    }

    private static boolean matchesWithStars(String pattern, String word) {
        int letters = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '*') {
                if (p != word.charAt(i)) {
                    return false;
                }
                letters++;
            }
        }
        // "f**k" names its word; "***" or "*a*" could be anything.
        return letters >= 2 && pattern.charAt(0) != '*';
    }

    private void findPhrases(List<NormalisedWords.Token> raw, List<Hit> hits) {
        List<NormalisedWords.Token> tokens = canonicalTokens(raw);
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase phrase : phrases.getOrDefault(tokens.get(i).norm(), List.of())) {
                int end = matchPhrase(tokens, i, phrase.words());
                if (end > 0) {
                    hits.add(new Hit(phrase.entry(), new TextSpan(tokens.get(i).start(), tokens.get(end - 1).end())));
                }
            }
        }
    }

    private static int matchPhrase(List<NormalisedWords.Token> tokens, int from, List<String> words) {
        int t = from + 1;
        for (int w = 1; w < words.size(); w++) {
            int skipped = 0;
            while (t < tokens.size() && !tokens.get(t).norm().equals(words.get(w))
                    && FILLERS.contains(tokens.get(t).norm()) && skipped < 2) {
                t++;
                skipped++;
            }
            if (t >= tokens.size() || !tokens.get(t).norm().equals(words.get(w))) {
                return -1;
            }
            t++;
        }
        return t;
    }

    /** "you" + "re", "you" + "are", "ur", "u" + "r" all read as "youre"; "u" reads as "you". */
    private static List<NormalisedWords.Token> canonicalTokens(List<NormalisedWords.Token> tokens) {
        List<NormalisedWords.Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NormalisedWords.Token t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
            if ((t.norm().equals("you") || t.norm().equals("u")) && (next.equals("re") || next.equals("are")
                    || next.equals("r"))) {
                out.add(new NormalisedWords.Token("youre", t.start(), tokens.get(i + 1).end()));
                i++;
            } else if (t.norm().equals("ur") || t.norm().equals("youre")) {
                out.add(new NormalisedWords.Token("youre", t.start(), t.end()));
            } else if (t.norm().equals("u")) {
                out.add(new NormalisedWords.Token("you", t.start(), t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> canonical(List<String> words) {
        List<NormalisedWords.Token> tokens = new ArrayList<>();
        for (String w : words) {
            tokens.add(new NormalisedWords.Token(w, 0, 0));
        }
        return canonicalTokens(tokens).stream().map(NormalisedWords.Token::norm).toList();
    }

    private static boolean hasDoubleLetter(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTripleLetter(String word) {
        for (int i = 2; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** "shiiit" and "shit" both become "shit"; "ass" becomes "as" — compared only with longer words. */
    private static String collapse(String word) {
        if (!hasDoubleLetter(word)) {
            return word; // most words: no copy
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }
}
