package org.chalkpress.wiki;

import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stored revision marks [[links]] to pages that did not exist when it was saved ("Create the page …").
 * When such a page has since been created, the mark is dropped as the page is shown, so the link reads
 * as an ordinary link without publishing the linking page again.
 */
public final class MissingPageLinks {

    static final String MARK = "Create the page ";

    private MissingPageLinks() {
    }

    public static String refresh(String html, String wikiBase, Predicate<String> pageExists) {
        if (!html.contains(MARK)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element link : doc.select("a[href^=" + wikiBase + "][title^=" + MARK + "]")) {
            if (pageExists.test(link.attr("href").substring(wikiBase.length()))) {
                link.removeAttr("title");
                changed = true;
            }
        }
        return changed ? doc.body().html() : html;
    }
}
