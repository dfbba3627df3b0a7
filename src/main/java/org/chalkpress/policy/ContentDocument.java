package org.chalkpress.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sanitised HTML read the way a reader sees it: the text with tags removed (blocks separated by a newline,
 * so words never run together) and the links, media and quotations with their spans in that text.
 * Findings' offsets index {@link #text()}.
 */
public final class ContentDocument {

    /** A hyperlink; {@code span} covers its visible text. */
    public record Link(String href, TextSpan span) { }

    /** An embedded image, video, audio or frame; {@code span} is where it sits in the text. */
    public record Media(String tag, String src, String alt, TextSpan span) { }

    /** A blockquote or inline quotation with what could credit it. */
    public record Quote(String tag, String cite, TextSpan span, List<Link> links) { }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "tr", "table", "figure", "figcaption", "section", "article", "br", "hr");

    private final StringBuilder text = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private final List<Media> media = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private ContentDocument() {
    }

    public static ContentDocument parse(String html) {
        ContentDocument doc = new ContentDocument();
        Document parsed = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.walk(parsed.body());
        return doc;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                visit(element);
            }
        }
    }

    private void visit(Element element) {
        String tag = element.normalName();
        boolean block = BLOCKS.contains(tag);
        if (block) {
            newline();
        }
        int start = text.length();
        int linksBefore = links.size();
        switch (tag) {
            case "img", "video", "audio", "iframe", "source", "embed" -> media.add(new Media(tag,
                    element.attr("src"), element.attr("alt"), new TextSpan(start, start)));
            default -> { }
        }
        walk(element);
        TextSpan span = new TextSpan(start, text.length());
        if (tag.equals("a") && element.hasAttr("href")) {
            links.add(linksBefore, new Link(element.attr("href"), span));
        }
        if (tag.equals("blockquote") || tag.equals("q")) {
            quotes.add(new Quote(tag, element.attr("cite"), span, List.copyOf(links.subList(linksBefore, links.size()))));
        }
        if (block) {
            newline();
        }
    }

    private void newline() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    public String text() {
        return text.toString();
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    public List<Media> media() {
        return List.copyOf(media);
    }

    public List<Quote> quotes() {
        return List.copyOf(quotes);
    }

    /** The characters of a span, for a finding's excerpt. */
    public String excerpt(TextSpan span) {
        int end = Math.min(span.end(), text.length());
        int start = Math.min(span.start(), end);
        return text.substring(start, end);
    }
}
