package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassroomLanguageRuleTest {

    private final ClassroomLanguageRule rule = new ClassroomLanguageRule();

    @Test
    void blocksProfanityWithItsExactSpan() {
        List<Finding> findings = aReview("<p>This homework is shit honestly</p>").asComment().byStudent().findings(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.CLASSROOM, f.clause());
        assertEquals("classroom-language", f.rule());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("shit", f.excerpt());
        assertEquals(17, f.span().start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh1t", "$hit", "s.h.i.t", "s h i t", "shiiiit", "SHIT", "sh*t", "s-h-i-t"})
    void seesThroughDisguisesAndPointsAtWhatWasTyped(String disguised) {
        String text = "<p>well that was " + disguised + " today</p>";
        List<Finding> findings = aReview(text).asComment().byStudent().findings(rule);
        assertEquals(1, findings.size(), disguised);
        assertEquals(disguised, findings.get(0).excerpt());
        assertEquals(Severity.BLOCK, findings.get(0).severity());
    }

    @Test
    void findsDisguisedWordsWithLeadingSymbolsAndStars() {
        assertEquals("@ss", aReview("<p>what an @ss</p>").findings(rule).get(0).excerpt());
        assertEquals("f**k", aReview("<p>oh f**k no</p>").findings(rule).get(0).excerpt());
        assertEquals("f u c k", aReview("<p>f u c k this</p>").findings(rule).get(0).excerpt());
        assertEquals("fucking", aReview("<p>so fucking cold</p>").findings(rule).get(0).excerpt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We visited Scunthorpe and Essex on the map.",
        "Our classroom assistant helped with the class assessment.",
        "The cocktail party scene in the novel was set in 1920.",
        "Dick Grayson is Robin in the comic we read.",
        "Page 455 has the answer; score 1337 points!",
        "Shiitake mushrooms grew in the dark cupboard.",
        "Pass the grass seed to the lass with the glasses.",
        "You can see Jupiter with the naked eye tonight.",
        "Naked mole rats live underground.",
        "The assassin bug and the bass guitar.",
        "Hello! Great job! Amazing!",
        "You are so smart and you're really kind.",
        "The hell-bent pirates sailed on.",
        "I got 100% on it: 4 5 6 7 8"
    })
    void leavesOrdinaryClassroomTextAlone(String text) {
        assertEquals(List.of(), aReview("<p>" + text + "</p>").findings(rule), text);
    }

    @Test
    void blocksHarassmentPhrasesIncludingCommonSpellings() {
        for (String text : List.of("you're stupid", "ur so stupid", "You are such an idiot", "kill yourself",
                "nobody likes you", "kys", "u r a loser", "your stupid")) {
            List<Finding> findings = aReview("<p>" + text + "</p>").asComment().byStudent().findings(rule);
            assertEquals(1, findings.size(), text);
            assertEquals(Severity.BLOCK, findings.get(0).severity(), text);
            assertEquals(text, findings.get(0).excerpt(), text);
            assertTrue(findings.get(0).message().contains("hurt"), text);
        }
    }

    @Test
    void doesNotTakeKindSentencesForHarassment() {
        assertEquals(List.of(), aReview("<p>You're not stupid, nobody thinks that. Everyone likes you!</p>")
                .asComment().byStudent().findings(rule));
    }

    @Test
    void blocksSlurs() {
        Finding f = aReview("<p>that game is retarded</p>").asComment().byStudent().findings(rule).get(0);
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("retarded", f.excerpt());
    }

    @Test
    void warnsOnAdultThemes() {
        List<Finding> findings = aReview("<p>The movie had a naked scene</p>").findings(rule);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARN, findings.get(0).severity());
        assertEquals("naked", findings.get(0).excerpt());
    }

    @Test
    void captionsAndCommentsAreCheckedTheSameAsPosts() {
        for (var kind : org.chalkpress.policy.ContentKind.values()) {
            List<Finding> findings = aReview("<p>Total bullshit</p>").of(kind).findings(rule);
            assertEquals(1, findings.size(), kind.name());
            assertEquals("bullshit", findings.get(0).excerpt());
        }
    }

    @Test
    void usesTheDistrictsListInsteadOfTheDefault() {
        var settings = ReviewFixture.settingsWithWordList("profanity", "crap", "frick*");
        assertEquals(List.of("crap", "fricking"), aReview("<p>crap, this fricking shit</p>").withSettings(settings)
                .findings(rule).stream().map(Finding::excerpt).toList());
    }

    @Test
    void spansStayOnTheOriginalTextAfterMarkup() {
        var review = aReview("<h2>Title</h2><p>Some <b>sh1t</b> here</p>").build();
        Finding f = rule.check(review).get(0);
        assertEquals("sh1t", review.document().text().substring(f.span().start(), f.span().end()));
    }
}
