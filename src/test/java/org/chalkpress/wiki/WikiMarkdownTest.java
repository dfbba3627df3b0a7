package org.chalkpress.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.publishing.HtmlSanitiser;
import org.chalkpress.sites.Slug;
import org.junit.jupiter.api.Test;

class WikiMarkdownTest {

    /** A site where only "Water Cycle" exists, at /wiki/water-cycle. */
    private static final WikiMarkdown.PageAddresses SITE = new WikiMarkdown.PageAddresses() {
        private final Map<String, String> existing = Map.of("water cycle", "/sites/g4/wiki/water-cycle");

        @Override
        public Optional<String> apply(WikiLink link) {
            return Optional.ofNullable(existing.get(link.targetKey()));
        }

        @Override
        public String missing(WikiLink link) {
            return "/sites/g4/wiki/" + Slug.from(link.target()).value();
        }
    };

    private static String published(String markdown) {
        return HtmlSanitiser.sanitise(WikiMarkdown.render(markdown, SITE).html());
    }

    @Test
    void findsPlainAndLabelledLinks() {
        assertEquals(List.of(new WikiLink("Water Cycle", null), new WikiLink("Clouds", "fluffy clouds")),
                WikiLink.findIn("See [[Water Cycle]] and [[ Clouds | fluffy clouds ]]."));
        assertEquals("fluffy clouds", WikiLink.findIn("[[Clouds|fluffy clouds]]").get(0).label());
        assertTrue(WikiLink.findIn("[[]] and [[|x]] and [single]").isEmpty());
    }

    @Test
    void linksToExistingPagesGoThereAndCaseDoesNotMatter() {
        WikiMarkdown.Rendered rendered = WikiMarkdown.render("Read about the [[water CYCLE|rain]] first.", SITE);
        assertEquals("<p>Read about the <a href=\"/sites/g4/wiki/water-cycle\">rain</a> first.</p>\n", rendered.html());
        assertEquals(Set.of("water cycle"), rendered.linkedTitleKeys());
    }

    @Test
    void linksToMissingPagesInviteCreatingThem() {
        String html = WikiMarkdown.render("Next: [[Rain Gauges]]", SITE).html();
        assertTrue(html.contains("<a href=\"/sites/g4/wiki/rain-gauges\" title=\"Create the page Rain Gauges\">"
                + "Rain Gauges</a>"), html);
    }

    @Test
    void linksInCodeStayText() {
        String html = WikiMarkdown.render("Write `[[Page]]` to link.\n\n    [[Page]]\n", SITE).html();
        assertFalse(html.contains("<a"), html);
        assertTrue(html.contains("<code>[[Page]]</code>"), html);
    }

    @Test
    void tablesAndEmphasisRender() {
        String html = published("| Planet | Moons |\n|---|---|\n| Mars | 2 |\n\n**bold** and *soft*");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>Mars</td>"), html);
        assertTrue(html.contains("<strong>bold</strong> and <em>soft</em>"), html);
    }

    @Test
    void labelledLinksInsideTableCellsStayOneCell() {
        String html = published("| Topic | Read |\n|---|---|\n| Weather | [[Water Cycle|how rain forms]] |\n");
        assertTrue(html.matches("(?s).*<td><a href=\"/sites/g4/wiki/water-cycle\"[^>]*>how rain forms</a></td></tr>.*"), html);
        assertFalse(html.contains("how rain forms]]"), html);
    }

    @Test
    void pipesInCodeAreLeftAsWritten() {
        String html = WikiMarkdown.render("Type `[[Page|label]]`.\n\n```\n[[Page|label]]\n```\n", SITE).html();
        assertFalse(html.contains("\\|"), html);
        assertTrue(html.contains("<code>[[Page|label]]</code>"), html);
    }

    @Test
    void rawHtmlNeverSurvivesAsMarkup() {
        String html = published("<script>alert(1)</script>\n\nHello <b onclick=\"x()\">there</b>"
                + " <img src=x onerror=alert(1)>\n\n<div style=\"position:fixed\">cover</div>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;"), "shown as text: " + html);
    }

    @Test
    void javascriptLinksReachTheGateButAreRemovedBeforeStoring() {
        String rendered = WikiMarkdown.render("[quiz](javascript:alert(1)) and [[x|y]]", SITE).html();
        assertTrue(rendered.contains("javascript:"), "the gate sees it and reports clause LINKS: " + rendered);
        String stored = HtmlSanitiser.sanitise(rendered);
        assertFalse(stored.contains("javascript"), stored);
        assertTrue(stored.contains("quiz"), stored);
    }

    @Test
    void imagesWithHandlersOrScriptSourcesAreRemoved() {
        String html = published("![cat](javascript:alert(1)) ![dog](https://example.org/dog.png \"a dog\")"
                + " <img src=\"a.png\" onerror=\"alert(1)\">");
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("onerror=\""), html);
        assertTrue(html.contains("<img src=\"https://example.org/dog.png\" alt=\"dog\" title=\"a dog\" />"), html);
    }

    @Test
    void titlesAreUniqueWhateverTheirCase() {
        assertEquals(new PageTitle("Water  Cycle ").key(), new PageTitle("water cycle").key());
        assertEquals("Water Cycle", new PageTitle("  Water   Cycle").value());
        assertEquals("water-cycle", new PageTitle("Water Cycle").slug().value());
    }

    @Test
    void linksToPagesCreatedSinceLoseTheirCreateMark() {
        String stored = HtmlSanitiser.sanitise(WikiMarkdown.render("[[Rain Gauges]] and [[Snow]]", SITE).html());
        String shown = MissingPageLinks.refresh(stored, "/sites/g4/wiki/", slug -> slug.equals("rain-gauges"));
        assertFalse(shown.contains("Create the page Rain Gauges"), shown);
        assertTrue(shown.contains("href=\"/sites/g4/wiki/rain-gauges\""), shown);
        assertTrue(shown.contains("Create the page Snow"), shown);
    }
}
