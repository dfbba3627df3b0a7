package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    void whenInDoubtNothingIsRequired() {
        assertNull(ScreenedPattern.requiredText("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"));
        assertNull(ScreenedPattern.requiredText("(?i)\\b(?:therapy|therapist)\\b"));
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
                        assertTrue(pattern.mayMatch(ScreenedPattern.fold(line)), pattern.pattern() + " on " + line);
                    }
                }
                screened += pattern.required() == null ? 0 : 1;
            }
        }
        assertTrue(screened > 50, "most confidential-matter patterns have a required word: " + screened);
        assertEquals(corpus.length(), folded.length());
    }
}
