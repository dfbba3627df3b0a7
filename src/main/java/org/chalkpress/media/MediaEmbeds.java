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
 * photos, the responsive widths. Done when the page is rendered, so a withdrawal shows everywhere at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MediaEmbeds {

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    public String present(String html, String siteSlug, Long siteId) {
        if (html == null || !html.contains("/media/" + siteSlug + "/")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Map<Long, String> names = new HashMap<>();
        for (Element element : doc.select("img[src], video[src], audio[src]")) {
            Matcher m = MediaUses.MEDIA_SRC.matcher(element.attr("src"));
            if (!m.find() || m.start() != 0 || !m.group(1).equals(siteSlug)) {
                continue;
            }
            MediaItem item = em.find(MediaItem.class, Long.parseLong(m.group(2)));
            if (item == null || !item.siteId().equals(siteId)) {
                continue;
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

    private String nameOf(Long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "a former teacher" : account.displayName();
    }
}
