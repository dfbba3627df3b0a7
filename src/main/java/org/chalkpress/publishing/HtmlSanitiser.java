package org.chalkpress.publishing;

import java.util.regex.Pattern;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one explicit allow-list of HTML that may be stored and shown. Anything not listed here (scripts,
 * event handlers, styles, forms, frames, unknown URL schemes) is removed before a revision is stored.
 */
public final class HtmlSanitiser {

    private static final Pattern SAFE_CLASS = Pattern.compile("[a-zA-Z0-9 _-]{1,80}");

    /** Video and audio only from a class site's own library: no embeds from elsewhere, nothing that tracks. */
    private static final Pattern LIBRARY_MEDIA = Pattern.compile("/media/[a-z0-9-]+/[0-9]{1,18}");

    /** A player always has its controls and never starts by itself (no autoplay, loop or muted survive). */
    private static final ElementPolicy PLAYER = (name, attrs) -> {
        if (!attrs.contains("src")) {
            return null;
        }
        if (!attrs.contains("controls")) {
            attrs.add("controls");
            attrs.add("controls");
        }
        return name;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "q", "cite", "pre", "code", "span", "div",
                    "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "img")
            .allowElements(PLAYER, "video", "audio")
            .allowAttributes("src").matching(LIBRARY_MEDIA).onElements("video", "audio")
            .allowAttributes("controls").matching(Pattern.compile("|controls")).onElements("video", "audio")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("class").matching(SAFE_CLASS).onElements("span", "div", "p", "figure", "code", "pre")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("th", "td")
            .requireRelsOnLinks("noopener", "noreferrer", "ugc")
            .toFactory();

    private HtmlSanitiser() {
    }

    public static String sanitise(String html) {
        return POLICY.sanitize(html == null ? "" : html);
    }
}
