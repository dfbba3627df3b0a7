package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubstancesRuleTest {

    private final SubstancesRule rule = new SubstancesRule();

    @Test
    void flagsAlcoholInTheTextForReviewWithTheExactWord() {
        List<Finding> findings = aReview("<p>Parents enjoyed wine and cheese at the art show.</p>").findings(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.SUBSTANCES, f.clause());
        assertEquals(Severity.WARN, f.severity());
        assertEquals("wine", f.excerpt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beer tent at the fair", "He was drunk", "a cocktail party", "vodka", "a brewery tour",
        "cigarettes on the ground", "a big cigar", "smoking is bad", "tobacco farms", "my vape", "Juul pods",
        "e-cigarettes"})
    void flagsAlcoholTobaccoAndVapingWords(String text) {
        assertEquals(1, aReview("<p>" + text + "</p>").findings(rule).size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Root beer float party on Friday!", "Ginger beer is fizzy.", "A wine-coloured scarf.",
        "Eli Whitney invented the cotton gin.", "Clean it with rubbing alcohol.", "We used an alcohol burner in the lab.",
        "The volcano is vaporizing water.", "Begin the test.", "The original ending.", "Smoke detectors save lives."})
    void leavesHarmlessPhrasesAlone(String text) {
        assertEquals(List.of(), aReview("<p>" + text + "</p>").findings(rule), text);
    }

    @Test
    void historyAndHealthLessonsAreStillFlaggedForAPersonToLookAt() {
        assertEquals(1, aReview("<p>During Prohibition, alcohol was illegal.</p>").findings(rule).size());
        assertEquals(1, aReview("<p>Our health unit: why vaping harms your lungs.</p>").findings(rule).size());
    }

    @Test
    void looksAtAltTextAndFileNames() {
        Finding alt = aReview("<p>Fun night!</p><img src=\"/media/night.jpg\" alt=\"teachers with beers\">").findings(rule).get(0);
        assertTrue(alt.message().contains("alt text"), alt.message());
        Finding file = aReview("<p>Fun night!</p><img src=\"/media/Craft_Beer-tasting.JPG\" alt=\"\">").findings(rule).get(0);
        assertTrue(file.message().contains("Craft_Beer-tasting.JPG"), file.message());
        assertEquals(List.of(), aReview("<img src=\"/media/root-beer-float.jpg\" alt=\"root beer floats\">").findings(rule));
    }

    @Test
    void captionsAndAltTextKindsAreCheckedLikePosts() {
        assertEquals(1, aReview("<p>dad's cigar collection</p>").of(ContentKind.CAPTION).findings(rule).size());
        assertEquals(1, aReview("people vaping outside").of(ContentKind.ALT_TEXT).findings(rule).size());
    }
}
