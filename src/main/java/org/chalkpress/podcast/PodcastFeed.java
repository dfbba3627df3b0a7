package org.chalkpress.podcast;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A class podcast as RSS 2.0 for podcast apps, written with StAX so that every {@code itunes:*} element Apple
 * Podcasts requires and the Podcasting 2.0 {@code podcast:transcript} / {@code podcast:locked} tags come out
 * exactly as specified. Plain Java: the servlet gathers the show and its episodes, this writes them.
 */
public final class PodcastFeed {

    public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static final String PODCAST = "https://podcastindex.org/namespace/1.0";
    public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern SITE_PATH = Pattern.compile("\\b(src|href)=\"/(?!/)");

    /** The show: one per class site. */
    public record Show(String title, String link, String feedUrl, String description, String language,
                       String author, String ownerName, String ownerEmail, String imageUrl, String category,
                       String subcategory, boolean explicit) {
        public Show {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
        }
    }

    /** One published episode, with absolute URLs. */
    public record Item(String guid, String title, String link, String notesHtml, OffsetDateTime published,
                       String audioUrl, long audioBytes, String audioType, long durationSeconds, Integer season,
                       Integer episode, String imageUrl, String transcriptUrl, String transcriptType) {
    }

    private PodcastFeed() {
    }

    /**
     * The published notes with the platform's own links and images made absolute: podcast apps show the notes
     * away from the site, where "/media/…" leads nowhere.
     */
    public static String absoluteLinks(String html, String root) {
        return SITE_PATH.matcher(html).replaceAll(m -> m.group(1) + "=\"" + Matcher.quoteReplacement(root) + "/");
    }

    public static byte[] write(Show show, List<Item> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeNamespace("itunes", ITUNES);
            x.writeNamespace("podcast", PODCAST);
            x.writeNamespace("content", CONTENT);
            x.writeNamespace("atom", ATOM);
            x.writeStartElement("channel");
            text(x, "title", show.title());
            text(x, "link", show.link());
            x.writeEmptyElement(ATOM, "link");
            x.writeAttribute("href", show.feedUrl());
            x.writeAttribute("rel", "self");
            x.writeAttribute("type", "application/rss+xml");
            text(x, "description", show.description());
            text(x, "language", show.language());
            text(x, "generator", "Chalkpress");
            if (show.imageUrl() != null) {
                x.writeEmptyElement(ITUNES, "image");
                x.writeAttribute("href", show.imageUrl());
            }
            x.writeStartElement(ITUNES, "category");
            x.writeAttribute("text", show.category());
            if (show.subcategory() != null) {
                x.writeEmptyElement(ITUNES, "category");
                x.writeAttribute("text", show.subcategory());
            }
            x.writeEndElement();
            text(x, ITUNES, "explicit", show.explicit() ? "true" : "false");
            text(x, ITUNES, "author", show.author());
            x.writeStartElement(ITUNES, "owner");
            text(x, ITUNES, "name", show.ownerName());
            text(x, ITUNES, "email", show.ownerEmail());
            x.writeEndElement();
            text(x, ITUNES, "type", "episodic");
            // Class podcasts are the district's: no other platform may import them as its own.
            x.writeStartElement(PODCAST, "locked");
            x.writeAttribute("owner", show.ownerEmail());
            x.writeCharacters("yes");
            x.writeEndElement();
            for (Item item : items) {
                writeItem(x, item);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the podcast feed", e);
        }
        return out.toByteArray();
    }

    private static void writeItem(XMLStreamWriter x, Item item) throws XMLStreamException {
        x.writeStartElement("item");
        text(x, "title", item.title());
        text(x, ITUNES, "title", item.title());
        text(x, "link", item.link());
        x.writeStartElement("guid");
        x.writeAttribute("isPermaLink", "false");
        x.writeCharacters(item.guid());
        x.writeEndElement();
        text(x, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published()));
        text(x, "description", item.notesHtml());
        x.writeStartElement(CONTENT, "encoded");
        x.writeCData(item.notesHtml().replace("]]>", "]]]]><![CDATA[>"));
        x.writeEndElement();
        x.writeEmptyElement("enclosure");
        x.writeAttribute("url", item.audioUrl());
        x.writeAttribute("length", Long.toString(item.audioBytes()));
        x.writeAttribute("type", item.audioType());
        text(x, ITUNES, "duration", Long.toString(item.durationSeconds()));
        text(x, ITUNES, "episodeType", "full");
        if (item.season() != null) {
            text(x, ITUNES, "season", item.season().toString());
        }
        if (item.episode() != null) {
            text(x, ITUNES, "episode", item.episode().toString());
        }
        text(x, ITUNES, "explicit", "false");
        if (item.imageUrl() != null) {
            x.writeEmptyElement(ITUNES, "image");
            x.writeAttribute("href", item.imageUrl());
        }
        if (item.transcriptUrl() != null) {
            x.writeEmptyElement(PODCAST, "transcript");
            x.writeAttribute("url", item.transcriptUrl());
            x.writeAttribute("type", item.transcriptType());
        }
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String ns, String name, String value) throws XMLStreamException {
        x.writeStartElement(ns, name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
