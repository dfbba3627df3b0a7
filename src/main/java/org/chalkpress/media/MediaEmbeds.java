package org.chalkpress.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.chalkpress.people.Account;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Library media as readers see it on a page or in a feed: withdrawn media becomes a neutral placeholder
 * ("This photo was withdrawn."), and every other item gets its credit line (clause COPYRIGHT) and, for
 * photos, the responsive widths; videos and recordings become players with controls (never autoplaying). Done when the page is rendered, so a withdrawal shows everywhere at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MediaEmbeds {

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    public String present(String html, String siteSlug, Long siteId) {
        if (html == null || !html.contains("/media/")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Map<Long, String> names = new HashMap<>();
        for (Element written : doc.select("img[src], video[src], audio[src]")) {
            Matcher m = MediaUses.MEDIA_SRC.matcher(written.attr("src"));
            boolean found = m.find() && m.start() == 0 && m.group(1).equals(siteSlug);
            MediaItem item = found ? em.find(MediaItem.class, Long.parseLong(m.group(2))) : null;
            if (item == null || !item.siteId().equals(siteId)) {
                if (!written.nameIs("img")) {
                    // A player only for this class's own library, never another site's or outside media.
                    written.remove();
                }
                continue;
            }
            Element element = item.isImage() ? written : asPlayer(written, item);
            // Served from wherever the reader reached the platform, whatever address the editor wrote.
            element.attr("src", "/media/" + siteSlug + "/" + item.id());
            if (element.nameIs("video") && item.hasCaptions()) {
                element.prependElement("track").attr("kind", "captions").attr("label", "Captions")
                        .attr("srclang", "en").attr("default", true)
                        .attr("src", "/media/" + siteSlug + "/" + item.id() + "/captions.vtt");
            }
            if (element.nameIs("img") && element.attr("alt").isBlank() && !item.altText().isEmpty()) {
                // The library's alt text (required there) when the editor dropped it.
                element.attr("alt", item.altText());
            }
            Element figure = element.parent() != null && element.parent().nameIs("figure") ? element.parent() : null;
            if (item.withdrawn()) {
                Element placeholder = new Element("p").addClass("cp-media-withdrawn")
                        .text("This " + MediaAtTheGate.what(item.type()) + " was withdrawn.");
                (figure != null ? figure : element).replaceWith(placeholder);
                continue;
            }
            if (item.isImage() && item.renditions().size() > 1) {
                String base = "/media/" + siteSlug + "/" + item.id();
                element.attr("srcset", item.renditions().stream()
                        .map(r -> base + "/" + r.width() + " " + r.width() + "w").collect(Collectors.joining(", ")));
                element.attr("sizes", "(max-width: 800px) 100vw, 800px");
            }
            String uploader = names.computeIfAbsent(item.uploadedBy(), this::nameOf);
            String credit = CreditLine.of(item, uploader);
            if (figure != null) {
                Element caption = figure.selectFirst("figcaption");
                if (caption == null) {
                    caption = figure.appendElement("figcaption");
                    if (!item.caption().isEmpty()) {
                        caption.appendElement("span").addClass("cp-media-caption").text(item.caption());
                    }
                }
                caption.appendElement("small").addClass("cp-media-credit").text(credit);
            } else {
                // Inline, so it may follow an image inside a paragraph (as the rich-text editor places them).
                element.after(new Element("small").addClass("cp-media-credit").text(credit));
                element.after(new Element("br"));
            }
        }
        return doc.body().html();
    }

    /**
     * A video or recording as a player with its controls, whichever way the page wrote it (the wiki's Markdown
     * can only write an image); it loads no more than its length until the reader presses play.
     */
    private static Element asPlayer(Element element, MediaItem item) {
        String tag = item.type().kind() == MediaType.Kind.VIDEO ? "video" : "audio";
        Element player = new Element(tag).attr("controls", true).attr("preload", "metadata");
        String label = element.nameIs("img") ? element.attr("alt") : element.attr("title");
        if (!label.isBlank()) {
            player.attr("title", label);
        }
        player.text("Your browser cannot play this " + MediaAtTheGate.what(item.type()) + ".");
        element.replaceWith(player);
        return player;
    }

    private String nameOf(Long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "a former teacher" : account.displayName();
    }
}
