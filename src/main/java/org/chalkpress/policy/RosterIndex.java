package org.chalkpress.policy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A roster prepared once for fast look-ups: every way a text may name a student (full name, first name and
 * last initial, first name alone, family name, student number) and the students' birth dates. Finding the
 * mentions in a text costs one hash look-up per word, however long the roster, so the gate builds an index
 * per roster and hands the same one to every review ({@link Review.Builder#rosterIndex}).
 */
public final class RosterIndex {

    private record Name(RosterStudent student, List<String> given, List<String> family) { }

    /** Given names that are also everyday words: only a capital letter makes "will" or "may" a name. */
    private static final Set<String> COMMON_WORDS = Set.of("will", "may", "mark", "grace", "hope", "faith", "joy",
            "rose", "summer", "autumn", "april", "june", "august", "art", "bill", "jack", "sunny", "sky", "river",
            "ray", "dawn", "eve", "max", "chase", "hunter", "brook", "pat", "sue", "rich", "frank", "miles", "page",
            "reed", "wade", "drew", "gene", "guy", "lane", "major", "king", "amber", "ruby", "pearl", "ivy", "iris",
            "lily", "violet", "daisy", "holly", "olive", "jade", "skye", "storm", "rain", "star", "an", "ali", "mo",
            "so", "un", "bo", "jo", "al", "ed", "sol", "luz", "paz", "noel", "angel", "sage", "kai", "ash", "cash",
            "colt", "deacon", "dean", "duke", "earl", "hawk", "justice", "knight", "lance", "mason",
            "price", "prince", "rocky", "royal", "sterling", "stone", "true", "young");

    private final List<RosterStudent> students;
    private final Map<String, List<Name>> byFirstGivenWord = new HashMap<>();
    private final Map<String, List<Name>> byFirstFamilyWord = new HashMap<>();
    private final Map<String, Integer> givenNameCounts = new HashMap<>();
    private final Map<String, RosterStudent> byNumber = new HashMap<>();
    /** True when every student number has a digit in its first part, as in every district we know. */
    private final boolean numbersHaveDigits;
    private final Map<LocalDate, List<RosterStudent>> byBirthDate = new HashMap<>();
    private final Map<MonthDay, List<RosterStudent>> byBirthday = new HashMap<>();

    public RosterIndex(List<RosterStudent> roster) {
        this.students = List.copyOf(roster);
        for (RosterStudent student : students) {
            List<String> given = words(student.givenName());
            List<String> family = words(student.familyName());
            Name name = new Name(student, given, family);
            if (!given.isEmpty()) {
                byFirstGivenWord.computeIfAbsent(given.get(0), k -> new ArrayList<>()).add(name);
                givenNameCounts.merge(String.join(" ", given), 1, Integer::sum);
            }
            if (!family.isEmpty()) {
                byFirstFamilyWord.computeIfAbsent(family.get(0), k -> new ArrayList<>()).add(name);
            }
            if (student.studentNumber() != null && !student.studentNumber().isBlank()) {
                byNumber.put(numberKey(student.studentNumber()), student);
            }
            if (student.birthDate() != null) {
                byBirthDate.computeIfAbsent(student.birthDate(), k -> new ArrayList<>()).add(student);
                byBirthday.computeIfAbsent(MonthDay.from(student.birthDate()), k -> new ArrayList<>()).add(student);
            }
        }
        this.numbersHaveDigits = students.stream().map(RosterStudent::studentNumber)
                .filter(n -> n != null && !n.isBlank())
                .allMatch(n -> Word.scan(n).isEmpty() || hasDigit(Word.scan(n).get(0).text()));
    }

    public static final RosterIndex EMPTY = new RosterIndex(List.of());

    public List<RosterStudent> students() {
        return students;
    }

    public boolean isEmpty() {
        return students.isEmpty();
    }

    public List<RosterStudent> bornOn(LocalDate date) {
        return byBirthDate.getOrDefault(date, List.of());
    }

    public List<RosterStudent> withBirthday(MonthDay day) {
        return byBirthday.getOrDefault(day, List.of());
    }

    /** Every mention of a roster student in {@code text}, in reading order. */
    public List<StudentMention> mentionsIn(String text) {
        return mentionsIn(text, Word.scan(text));
    }

    public List<StudentMention> mentionsIn(String text, List<Word> words) {
        List<StudentMention> mentions = new ArrayList<>();
        if (students.isEmpty()) {
            return mentions;
        }
        int i = 0;
        while (i < words.size()) {
            int next = matchName(text, words, i, mentions);
            if (next == i) {
                next = matchNumber(text, words, i, mentions);
            }
            i = next == i ? i + 1 : next;
        }
        return mentions;
    }

    /** Tries the names starting at word {@code i}; returns the index after the longest match, or i. */
    private int matchName(String text, List<Word> words, int i, List<StudentMention> out) {
        String first = words.get(i).lower();
        List<Name> byGiven = byFirstGivenWord.get(first);
        if (byGiven == null && !byFirstFamilyWord.containsKey(first)) {
            return i; // most words name no one
        }
        int best = i;
        List<StudentMention> bestMentions = new ArrayList<>();
        for (Name name : byGiven == null ? List.<Name>of() : byGiven) {
            int afterGiven = matchSequence(words, i, name.given());
            if (afterGiven < 0) {
                continue;
            }
            int afterFamily = matchSequence(words, afterGiven, name.family());
            if (afterFamily > 0 && adjacent(text, words, afterGiven - 1, afterGiven)) {
                best = offer(best, afterFamily, bestMentions, new StudentMention(name.student(),
                        span(words, i, afterFamily), StudentMention.Form.FULL_NAME));
                continue;
            }
            if (afterGiven < words.size() && isInitialOf(words.get(afterGiven), name.family())
                    && adjacent(text, words, afterGiven - 1, afterGiven)) {
                Word initial = words.get(afterGiven);
                int end = initial.end() < text.length() && text.charAt(initial.end()) == '.' ? initial.end() + 1
                        : initial.end();
                best = offer(best, afterGiven + 1, bestMentions, new StudentMention(name.student(),
                        new TextSpan(words.get(i).start(), end), StudentMention.Form.GIVEN_NAME_AND_INITIAL));
                continue;
            }
            if (words.get(i).isCapitalised() || !COMMON_WORDS.contains(first)) {
                boolean unique = givenNameCounts.get(String.join(" ", name.given())) == 1;
                best = offer(best, afterGiven, bestMentions, new StudentMention(name.student(),
                        span(words, i, afterGiven),
                        unique ? StudentMention.Form.GIVEN_NAME : StudentMention.Form.SHARED_GIVEN_NAME));
            }
        }
        if (best == i && words.get(i).isCapitalised()) {
            for (Name name : byFirstFamilyWord.getOrDefault(first, List.of())) {
                int afterFamily = matchSequence(words, i, name.family());
                if (afterFamily > 0) {
                    best = offer(best, afterFamily, bestMentions, new StudentMention(name.student(),
                            span(words, i, afterFamily), StudentMention.Form.FAMILY_NAME));
                }
            }
        }
        out.addAll(bestMentions);
        return best;
    }

    /** Keeps the mentions that reach furthest: a full name beats the first name it starts with. */
    private static int offer(int best, int end, List<StudentMention> bestMentions, StudentMention mention) {
        if (end > best) {
            bestMentions.clear();
        }
        if (end >= best) {
            bestMentions.add(mention);
            return end;
        }
        return best;
    }

    private int matchNumber(String text, List<Word> words, int i, List<StudentMention> out) {
        Word word = words.get(i);
        if (byNumber.isEmpty() || numbersHaveDigits && !hasDigit(word.text())) {
            return i; // a student number is never a plain word (one joined to the next starts with digits too)
        }
        if (i + 1 < words.size() && words.get(i + 1).start() == word.end() + 1
                && "-/".indexOf(text.charAt(word.end())) >= 0) {
            RosterStudent joined = byNumber.get(numberKey(word.text() + words.get(i + 1).text()));
            if (joined != null) {
                out.add(new StudentMention(joined, span(words, i, i + 2), StudentMention.Form.STUDENT_NUMBER));
                return i + 2;
            }
        }
        RosterStudent student = byNumber.get(numberKey(word.text()));
        if (student != null) {
            out.add(new StudentMention(student, word.span(), StudentMention.Form.STUDENT_NUMBER));
            return i + 1;
        }
        return i;
    }

    private static int matchSequence(List<Word> words, int from, List<String> expected) {
        if (expected.isEmpty() || from + expected.size() > words.size()) {
            return -1;
        }
        for (int k = 0; k < expected.size(); k++) {
            if (!words.get(from + k).lower().equals(expected.get(k))) {
                return -1;
            }
        }
        return from + expected.size();
    }

    private static boolean isInitialOf(Word word, List<String> family) {
        return !family.isEmpty() && word.text().length() == 1 && Character.isUpperCase(word.text().charAt(0))
                && word.lower().charAt(0) == family.get(0).charAt(0);
    }

    /** Whether two words are separated by spaces only (not a full stop, comma or line break). */
    private static boolean adjacent(String text, List<Word> words, int a, int b) {
        for (int k = words.get(a).end(); k < words.get(b).start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static TextSpan span(List<Word> words, int from, int to) {
        return new TextSpan(words.get(from).start(), words.get(to - 1).end());
    }

    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Word.scan(name).stream().map(Word::lower).toList();
    }

    private static boolean hasDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String numberKey(String number) {
        StringBuilder key = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
