package org.chalkpress.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WikiSearchTest {

    @Test
    void queriesBecomeDistinctLowerCaseWords() {
        assertEquals(List.of("water", "cycle"), WikiSearch.words("Water, CYCLE! water a"));
    }

    @Test
    void excerptsMarkEveryMatchAndEscapeTheText() {
        assertEquals("Rain &lt;falls&gt; from <mark>clouds</mark>; <mark>Clouds</mark> hold <mark>water</mark>.",
                WikiSearch.excerpt("Rain <falls> from clouds; Clouds hold water.", List.of("clouds", "water")));
    }
}
