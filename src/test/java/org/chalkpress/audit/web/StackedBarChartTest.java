package org.chalkpress.audit.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackedBarChartTest {

    @Test
    void theChartIsALabelledImageWithATitlePerSegmentAndEscapedText() {
        String svg = StackedBarChart.render("Findings <per> week", List.of("Sep 1", "Sep 8"), List.of(
                new StackedBarChart.Series("LINKS", "#1d4f73", new int[]{2, 0}),
                new StackedBarChart.Series("<script>", "#b42318", new int[]{1, 3})));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"chart-title\">Findings &lt;per&gt; week</title>"));
        assertTrue(svg.contains("<title>Sep 1: LINKS 2</title>"));
        assertTrue(svg.contains("<title>Sep 8: &lt;script&gt; 3</title>"));
        assertFalse(svg.contains("<script>"));
        assertFalse(svg.contains("Sep 8: LINKS"), "empty segments are not drawn");
    }

    @Test
    void anEmptyChartStillRenders() {
        assertTrue(StackedBarChart.render("Nothing", List.of("Sep 1"), List.of()).endsWith("</svg>"));
    }
}
