package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.chalkpress.podcast.FeedXml.child;
import static org.chalkpress.podcast.FeedXml.parse;
import static org.chalkpress.podcast.FeedXml.text;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The feed parsed back with the JDK's namespace-aware XML parser and checked element by element. */
class PodcastFeedTest {

    private static final String IT = PodcastFeed.ITUNES;
    private static final String PC = PodcastFeed.PODCAST;

    private final PodcastFeed.Show show = new PodcastFeed.Show("Grade 4 — Ms. Hill's class podcast",
            "https://chalk.example/sites/grade-4-hill/podcast/", "https://chalk.example/sites/grade-4-hill/podcast/feed.xml",
            "Book talks & news from room 12", "en-us", "Ms. Hill", "Ms. Hill", "podcasts@district.example",
            "https://chalk.example/cover.jpg", "Education", "K-12", false);

    private final PodcastFeed.Item first = new PodcastFeed.Item("urn:chalkpress:episode:42", "Book talk: <Charlotte's Web>",
            "https://chalk.example/sites/grade-4-hill/podcast/book-talk", "<p>Our notes &amp; links</p>",
            OffsetDateTime.of(2026, 11, 20, 14, 30, 0, 0, ZoneOffset.UTC),
            "https://chalk.example/sites/grade-4-hill/podcast/audio/42.mp3", 24241, "audio/mpeg", 3, 1, 2,
            "https://chalk.example/ep-cover.jpg", "https://chalk.example/sites/grade-4-hill/podcast/book-talk/transcript.vtt",
            "text/vtt");

    private final PodcastFeed.Item second = new PodcastFeed.Item("urn:chalkpress:episode:43", "Class news", "https://chalk.example/n",
            "<p>News</p>", OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.UTC), "https://chalk.example/a/43.m4a",
            1000, "audio/mp4", 3725, null, null, null, null, null);

    @Test
    void theChannelCarriesEverythingApplePodcastsRequires() throws Exception {
        Document doc = parse(PodcastFeed.write(show, List.of(first, second)));
        Element rss = doc.getDocumentElement();
        assertEquals("rss", rss.getLocalName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = child(rss, null, "channel");
        assertEquals("Grade 4 — Ms. Hill's class podcast", text(channel, null, "title"));
        assertEquals("Book talks & news from room 12", text(channel, null, "description"));
        assertEquals("en-us", text(channel, null, "language"));
        assertEquals("https://chalk.example/sites/grade-4-hill/podcast/", text(channel, null, "link"));
        assertEquals("https://chalk.example/cover.jpg", child(channel, IT, "image").getAttribute("href"));
        Element category = child(channel, IT, "category");
        assertEquals("Education", category.getAttribute("text"));
        assertEquals("K-12", child(category, IT, "category").getAttribute("text"));
        assertEquals("false", text(channel, IT, "explicit"));
        assertEquals("Ms. Hill", text(channel, IT, "author"));
        Element owner = child(channel, IT, "owner");
        assertEquals("Ms. Hill", text(owner, IT, "name"));
        assertEquals("podcasts@district.example", text(owner, IT, "email"));
        assertEquals("episodic", text(channel, IT, "type"));
        Element locked = child(channel, PC, "locked");
        assertEquals("yes", locked.getTextContent());
        assertEquals("podcasts@district.example", locked.getAttribute("owner"));
        Element self = child(channel, PodcastFeed.ATOM, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("https://chalk.example/sites/grade-4-hill/podcast/feed.xml", self.getAttribute("href"));
        assertEquals(2, channel.getElementsByTagName("item").getLength());
    }

    @Test
    void anEpisodeHasItsEnclosureStableGuidNumbersDurationAndTranscript() throws Exception {
        Document doc = parse(PodcastFeed.write(show, List.of(first, second)));
        Element item = (Element) doc.getElementsByTagName("item").item(0);
        assertEquals("Book talk: <Charlotte's Web>", text(item, null, "title"));
        Element guid = child(item, null, "guid");
        assertEquals("urn:chalkpress:episode:42", guid.getTextContent());
        assertEquals("false", guid.getAttribute("isPermaLink"));
        assertEquals("Fri, 20 Nov 2026 14:30:00 GMT", text(item, null, "pubDate"));
        Element enclosure = child(item, null, "enclosure");
        assertEquals("https://chalk.example/sites/grade-4-hill/podcast/audio/42.mp3", enclosure.getAttribute("url"));
        assertEquals("24241", enclosure.getAttribute("length"));
        assertEquals("audio/mpeg", enclosure.getAttribute("type"));
        assertEquals("3", text(item, IT, "duration"));
        assertEquals("1", text(item, IT, "season"));
        assertEquals("2", text(item, IT, "episode"));
        assertEquals("full", text(item, IT, "episodeType"));
        assertEquals("https://chalk.example/ep-cover.jpg", child(item, IT, "image").getAttribute("href"));
        assertEquals("<p>Our notes &amp; links</p>", text(item, PodcastFeed.CONTENT, "encoded"));
        Element transcript = child(item, PC, "transcript");
        assertEquals("https://chalk.example/sites/grade-4-hill/podcast/book-talk/transcript.vtt", transcript.getAttribute("url"));
        assertEquals("text/vtt", transcript.getAttribute("type"));
    }

    @Test
    void optionalElementsAreLeftOutNotWrittenEmpty() throws Exception {
        Document doc = parse(PodcastFeed.write(show, List.of(first, second)));
        Element item = (Element) doc.getElementsByTagName("item").item(1);
        assertNull(child(item, IT, "season"));
        assertNull(child(item, IT, "episode"));
        assertNull(child(item, IT, "image"));
        assertNull(child(item, PC, "transcript"));
        assertEquals("3725", text(item, IT, "duration"));
        assertEquals("audio/mp4", child(item, null, "enclosure").getAttribute("type"));
    }

    @Test
    void theNotesLinksAndImagesOfThePlatformBecomeAbsoluteOthersAreLeftAlone() {
        assertEquals("<p><img src=\"https://chalk.example/media/grade-4-hill/7\" alt=\"Cover art\"></p>"
                        + "<a href=\"https://chalk.example/sites/grade-4-hill/\">class</a>"
                        + "<a href=\"https://example.org/\">out</a><a href=\"//cdn.example/x\">cdn</a>",
                PodcastFeed.absoluteLinks("<p><img src=\"/media/grade-4-hill/7\" alt=\"Cover art\"></p>"
                        + "<a href=\"/sites/grade-4-hill/\">class</a><a href=\"https://example.org/\">out</a>"
                        + "<a href=\"//cdn.example/x\">cdn</a>", "https://chalk.example"));
    }
}
