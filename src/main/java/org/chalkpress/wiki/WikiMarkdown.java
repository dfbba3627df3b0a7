package org.chalkpress.wiki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a page's Markdown into the HTML the publish gate checks. Raw HTML typed into the Markdown is
 * escaped, never passed through; link targets are left as written so the gate can report a bad one
 * (clause LINKS) before its sanitiser removes it.
 */
public final class WikiMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).build();

    /** Where a [[link]] goes: the address of an existing page, or empty when the page does not exist yet. */
    public interface PageAddresses extends Function<WikiLink, Optional<String>> {
        /** The address at which a missing page would be created. */
        String missing(WikiLink link);
    }

    /** The HTML and the titles it links to. */
    public record Rendered(String html, Set<String> linkedTitleKeys) { }

    private WikiMarkdown() {
    }

    public static Rendered render(String markdown, PageAddresses addresses) {
        Node document = PARSER.parse(escapeLinkPipes(markdown == null ? "" : markdown));
        Set<String> linked = new LinkedHashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        for (Text text : texts) {
            replaceLinks(text, addresses, linked);
        }
        return new Rendered(RENDERER.render(document), linked);
    }

    /**
     * A table row splits its cells at every unescaped pipe, so {@code [[Page|label]]} inside a table would
     * fall apart: escape the pipe inside links ({@code \\|} reads back as {@code |} in cells and paragraphs
     * alike). Code is left exactly as written: fenced and indented blocks, and `inline code` spans.
     */
    static String escapeLinkPipes(String markdown) {
        if (!markdown.contains("[[")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            } else if (fence == null && !line.startsWith("    ") && !line.startsWith("\t")) {
                line = escapeOutsideCodeSpans(line);
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String escapeOutsideCodeSpans(String line) {
        String[] parts = line.split("`", -1);
        for (int n = 0; n < parts.length; n += 2) {
            parts[n] = WikiLink.SYNTAX.matcher(parts[n]).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(2) == null ? m.group() : "[[" + m.group(1) + "\\|" + m.group(2) + "]]"));
        }
        return String.join("`", parts);
    }

    private static void replaceLinks(Text text, PageAddresses addresses, Set<String> linked) {
        String literal = text.getLiteral();
        Matcher m = WikiLink.SYNTAX.matcher(literal);
        int from = 0;
        boolean any = false;
        while (m.find()) {
            if (m.group(1).isBlank()) {
                continue;
            }
            any = true;
            WikiLink link = new WikiLink(m.group(1), m.group(2));
            linked.add(link.targetKey());
            if (m.start() > from) {
                text.insertBefore(new Text(literal.substring(from, m.start())));
            }
            Optional<String> existing = addresses.apply(link);
            Link node = new Link(existing.orElseGet(() -> addresses.missing(link)),
                    existing.isPresent() ? null : MissingPageLinks.MARK + link.target());
            node.appendChild(new Text(link.label()));
            text.insertBefore(node);
            from = m.end();
        }
        if (!any) {
            return;
        }
        if (from < literal.length()) {
            text.insertBefore(new Text(literal.substring(from)));
        }
        text.unlink();
    }
}
