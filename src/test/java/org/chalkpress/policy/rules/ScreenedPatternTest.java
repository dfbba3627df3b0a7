package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.chalkpress.policy.TextSpan;
import org.junit.jupiter.api.Test;

class ScreenedPatternTest {

    @Test
    void theRequiredTextIsTheLongestPlainRunOutsideGroups() {
        assertEquals("divorc", ScreenedPattern.requiredText("(?i)\\bdivorc(?:e|ed|es|ing)\\b"));
        assertEquals("suspension", ScreenedPattern.requiredText("(?i)\\bsuspensions?\\b(?!\\s+(?:bridge|of\\b))"));
        assertEquals("iep", ScreenedPattern.requiredText("\\bIEPs?\\b"));
        assertEquals("services", ScreenedPattern.requiredText("(?i)\\bpull-?out\\s+services\\b"));
        assertEquals("special", ScreenedPattern.requiredText("(?i)\\bspecial[- ]ed(?:ucation)?\\b"));
        assertEquals("trouble", ScreenedPattern.requiredText("(?i)\\b(?:got|is|was|in)\\s+(?:big\\s+)?trouble\\b"));
    }

    @Test
    void aGroupThatMustOccurRequiresOneOfItsAlternatives() {
        assertEquals(Set.of("therapy", "therapist"), ScreenedPattern.requiredWords("(?i)\\b(?:therapy|therapist)\\b"));
        assertEquals(Set.of("sick", "ill"),
                ScreenedPattern.requiredWords("(?i)\\b(?:was|is|been|got)\\s+(?:sick|ill)\\b"));
        assertEquals(Set.of("got", "earned"), ScreenedPattern.requiredWords("\\b(?i:got|earned)\\s+(?i:an?\\s+)?[A-F]"));
        assertNull(ScreenedPattern.requiredWords("(?i)(?:therapy|art)?\\s+[a-z]+"), "an optional group needs nothing");
        assertEquals(Set.of("class"), ScreenedPattern.requiredWords("(?i)(?:therapy|art)?\\s+class"));
        assertNull(ScreenedPattern.requiredWords("(?<=school )(?:a|an)"), "a lookbehind and short words need nothing");
    }

    @Test
    void digitsAndAtSignsAreRequiredWhenTheTopLevelNeedsThem() {
        ScreenedPattern phone = ScreenedPattern.compile("(?<![\\d-])(?:\\+?1[\\s.-]?)?\\d{3}-\\d{4}");
        assertTrue(phone.needsDigit());
        assertFalse(phone.mayMatch(ScreenedPattern.Screened.of("Call the office any time")));
        assertTrue(phone.mayMatch(ScreenedPattern.Screened.of("Room 12")));
        ScreenedPattern email = ScreenedPattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
        assertTrue(email.needsAt());
        assertFalse(email.mayMatch(ScreenedPattern.Screened.of("write to us")));
        assertFalse(ScreenedPattern.compile("(?:\\d+ )?apples").needsDigit(), "an optional digit is not needed");
    }

    @Test
    void anExpressionIsTriedOnlyWhereItsLeadingWordsOccur() {
        assertEquals(Set.of("test", "exam", "state"),
                ScreenedPattern.leadingWords("(?i)\\b(?:test|exam|state\\s+test)\\s+(?:results?|scores?)\\b"));
        assertEquals(Set.of("iep"), ScreenedPattern.leadingWords("\\bIEPs?\\b"));
        assertNull(ScreenedPattern.leadingWords("divorce|custody"), "either word may start a match");
        assertNull(ScreenedPattern.leadingWords("(?i)\\b(?:head\\s+)?lice\\b"), "the first word is optional");
        assertNull(ScreenedPattern.leadingWords("(?<![\\d-])\\d{3}-\\d{4}"));
        ScreenedPattern results = ScreenedPattern.compile("(?i)\\b(?:test|quiz)\\s+(?:results?|scores?)\\b");
        String text = "Quiz scores and TEST results; a contest results page; quiz  results.";
        assertEquals(List.of(new TextSpan(0, 11), new TextSpan(16, 28), new TextSpan(54, 67)),
                results.matches(text, ScreenedPattern.Screened.of(text)));
    }

    @Test
    void whenInDoubtNothingIsRequired() {
        assertNull(ScreenedPattern.requiredText("divorce|custody"));
        assertNull(ScreenedPattern.requiredText("(?x) divorce"));
        assertNull(ScreenedPattern.requiredText("(?iu)\\bkelvin\\b"));
        assertNull(ScreenedPattern.requiredText("ab"));
    }

    @Test
    void theScreenNeverRejectsATextThePatternMatches() throws IOException {
        String corpus;
        try (InputStream in = getClass().getResourceAsStream("/policy/corpus/corpus.csv")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String folded = ScreenedPattern.fold(corpus);
        int screened = 0;
        for (StudentPrivacyRule.Matter matter : StudentPrivacyRule.Matter.values()) {
            for (ScreenedPattern pattern : matter.patterns) {
                for (String line : corpus.split("\n")) {
                    if (pattern.pattern().matcher(line).find()) {
                        assertTrue(pattern.mayMatch(ScreenedPattern.Screened.of(line)), pattern.pattern() + " on " + line);
                    }
                }
                assertEquals(everyMatch(pattern, corpus), pattern.matches(corpus, ScreenedPattern.Screened.of(corpus)),
                        pattern.pattern().pattern());
                screened += pattern.anyOf().isEmpty() && !pattern.needsDigit() && !pattern.needsAt() ? 0 : 1;
            }
        }
        assertTrue(screened > 90, "nearly all confidential-matter patterns have a required word: " + screened);
        assertEquals(corpus.length(), folded.length());
    }

    private static List<TextSpan> everyMatch(ScreenedPattern pattern, String text) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher m = pattern.pattern().matcher(text);
        while (m.find()) {
            spans.add(new TextSpan(m.start(), m.end()));
        }
        return spans;
    }
}
