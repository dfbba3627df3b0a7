package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.InMemoryContentCorpus;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationRuleTest {

    static final String WATER_CYCLE = "Water moves in a never ending cycle. The sun warms the oceans and lakes, and water"
            + " evaporates into the air as water vapour. High in the sky the vapour cools and condenses into tiny droplets"
            + " that form clouds. When the droplets join and grow heavy they fall back to the ground as rain, snow,"
            + " sleet or hail. This is called precipitation. Rain water collects in rivers, lakes and oceans, or soaks"
            + " into the ground, and the cycle begins again.";

    private final CitationRule rule = new CitationRule();

    @Test
    void warnsOnAQuotationWithNoSourceAndPointsAtIt() {
        List<Finding> findings = aReview("<p>Our motto:</p><blockquote>Be the change you wish to see.</blockquote><p>We agree.</p>")
                .findings(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.CITATION, f.clause());
        assertEquals(Severity.WARN, f.severity());
        assertEquals("Be the change you wish to see.", f.excerpt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<blockquote cite=\"https://poets.org/poem\">Hope is the thing with feathers</blockquote>",
        "<blockquote>Hope is the thing with feathers <a href=\"https://poets.org/poem\">(poem)</a></blockquote>",
        "<blockquote>Hope is the thing with feathers</blockquote><p>— Emily Dickinson</p>",
        "<figure><blockquote>Hope is the thing with feathers</blockquote><figcaption>Source: Emily Dickinson, poem 254</figcaption></figure>",
        "<p>As Emily Dickinson wrote, <q>Hope is the thing with feathers</q>.</p>",
        "<p><q>Hope is the thing with feathers</q>, wrote Emily Dickinson.</p>",
        "<p>Emily Dickinson wrote:</p><blockquote>Hope is the thing with feathers</blockquote>"
    })
    void acceptsTheUsualWaysOfCrediting(String html) {
        assertEquals(List.of(), aReview(html).findings(rule), html);
    }

    @Test
    void inlineQuotesInCommentsNeedASourceToo() {
        assertEquals(Severity.WARN, aReview("<p>I love <q>to infinity and beyond</q> lol</p>").asComment().byStudent()
                .findings(rule).get(0).severity());
    }

    @Test
    void warnsWhenMostOfThePageIsCopiedFromAnotherPageWithoutCredit() {
        InMemoryContentCorpus corpus = new InMemoryContentCorpus();
        corpus.add("wiki-17", "The Water Cycle", "https://cp.example/5a/wiki/water-cycle", WATER_CYCLE);
        corpus.add("wiki-18", "Butterflies", "https://cp.example/5a/wiki/butterflies",
                "A butterfly starts life as an egg, hatches into a caterpillar, forms a chrysalis and emerges as an adult.");
        String copied = "<h2>My report</h2><p>" + WATER_CYCLE + "</p>";

        Finding f = aReview(copied).withCorpus(corpus).findings(rule).get(0);
        assertEquals(Severity.WARN, f.severity());
        assertEquals(0, f.span().start());
        assertTrue(f.message().contains("The Water Cycle"), f.message());

        assertEquals(List.of(), aReview(copied + "<p>From <a href=\"/5a/wiki/water-cycle/\">our wiki</a>.</p>")
                .withCorpus(corpus).findings(rule));
        assertEquals(List.of(), aReview(copied + "<p>Copied from The Water Cycle page.</p>").withCorpus(corpus).findings(rule));
        assertEquals(List.of(), aReview(copied).withCorpus(corpus).editing("wiki-17").findings(rule));
        assertEquals(1, aReview("<h2>The Water Cycle</h2><p>" + WATER_CYCLE + "</p>").withCorpus(corpus).findings(rule).size(),
                "a heading that repeats the title is not credit");
        assertEquals(List.of(), aReview("<p>We learned that water evaporates, makes clouds and falls as rain. Then it"
                + " flows to the sea and starts over. We drew a poster of it with arrows and labels for each step of"
                + " the journey, and Leo added a sun.</p>").withCorpus(corpus).findings(rule));
    }
}
