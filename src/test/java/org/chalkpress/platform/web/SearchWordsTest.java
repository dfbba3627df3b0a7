package org.chalkpress.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void queriesBecomeDistinctLowerCaseWords() {
        assertEquals(List.of("water", "cycle"), SearchWords.of("Water, CYCLE! water a"));
    }

    @Test
    void excerptsMarkEveryMatchAndEscapeTheText() {
        assertEquals("Rain &lt;falls&gt; from <mark>clouds</mark>; <mark>Clouds</mark> hold <mark>water</mark>.",
                SearchWords.excerpt("Rain <falls> from clouds; Clouds hold water.", List.of("clouds", "water")));
    }
}
