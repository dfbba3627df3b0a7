package org.chalkpress.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.publishing.RevisionPublished;

/**
 * The record of every published page's web links and what the checker last found (table link_check): kept
 * in step with each publish, updated by re-checks, read by the broken-link report.
 */
@ApplicationScoped
@Transactional
public class LinkCheckRecords {

    private static final EnumSet<ContentKind> PAGES = EnumSet.of(ContentKind.POST, ContentKind.WIKI_PAGE,
            ContentKind.EPISODE);

    /** A published page's links, to be re-checked. */
    public record PageLinks(Long siteId, Long itemId, List<String> hrefs) { }

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /**
     * Within the publish transaction (so the record and the revision stand or fall together): the page's links
     * as they are now, with what the gate's check found.
     */
    void onPublished(@Observes RevisionPublished published) {
        if (!PAGES.contains(published.kind()) || published.itemId() == null) {
            return;
        }
        ContentItem item = em.find(ContentItem.class, published.itemId());
        if (item != null) {
            replace(item.siteId(), item.id(), LinkReachability.webLinks(published.sanitisedHtml()),
                    published.linkResults(), Clock.now());
        }
    }

    /** Makes the page's recorded links exactly {@code hrefs}, keeping what is known about links still there. */
    public void replace(Long siteId, Long itemId, List<String> hrefs, Map<String, LinkResult> results,
                        OffsetDateTime checkedAt) {
        Set<String> wanted = new HashSet<>(hrefs);
        Set<String> present = new HashSet<>();
        for (LinkCheck existing : forItem(itemId)) {
            if (wanted.contains(existing.url())) {
                present.add(existing.url());
                LinkResult found = results.get(existing.url());
                if (found != null) {
                    existing.found(found, checkedAt);
                }
            } else {
                em.remove(existing);
            }
        }
        for (String href : hrefs) {
            if (present.add(href)) {
                LinkCheck check = new LinkCheck(siteId, itemId, href);
                LinkResult found = results.get(href);
                if (found != null) {
                    check.found(found, checkedAt);
                }
                em.persist(check);
            }
        }
    }

    /** Every published page with web links, for a site or (null) the whole district. */
    public List<PageLinks> publishedPages(Long siteId) {
        TypedQuery<Object[]> query = em.createQuery("select i.siteId, i.id, r.bodyHtml from ContentItem i, Revision r"
                + " where r.id = i.liveRevisionId and i.status = :published"
                + (siteId == null ? "" : " and i.siteId = :site") + " order by i.id", Object[].class)
                .setParameter("published", ItemStatus.PUBLISHED);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.getResultStream()
                .map(row -> new PageLinks((Long) row[0], (Long) row[1], LinkReachability.webLinks((String) row[2])))
                .filter(page -> !page.hrefs().isEmpty())
                .toList();
    }

    /** A site's links that did not answer or are refused, on pages that are still published; newest check first. */
    public List<BrokenLink> broken(Long siteId) {
        return em.createQuery("select new org.chalkpress.links.BrokenLink(i.id, r.title, c.url, c.result, c.reason,"
                        + " c.checkedAt) from LinkCheck c, ContentItem i, Revision r where c.siteId = :site"
                        + " and c.itemId = i.id and r.id = i.liveRevisionId and i.status = :published"
                        + " and c.result in :bad order by c.checkedAt desc, r.title, c.url", BrokenLink.class)
                .setParameter("site", siteId)
                .setParameter("published", ItemStatus.PUBLISHED)
                .setParameter("bad", List.of(LinkResult.Outcome.BROKEN, LinkResult.Outcome.REFUSED))
                .getResultList();
    }

    public List<LinkCheck> forItem(Long itemId) {
        return em.createQuery("select c from LinkCheck c where c.itemId = :item order by c.id", LinkCheck.class)
                .setParameter("item", itemId)
                .getResultList();
    }
}
