package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.policy.ContentCorpus;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.InMemoryContentCorpus;

/**
 * The platform's published pages as a {@link ContentCorpus} for clause CITATION's copy check: loaded from
 * the live revisions at the first review that needs it, then kept current as revisions are published.
 */
@ApplicationScoped
public class PublishedPages {

    private static final Logger LOG = Logger.getLogger(PublishedPages.class.getName());
    private static final EnumSet<ContentKind> PAGES = EnumSet.of(ContentKind.POST, ContentKind.WIKI_PAGE,
            ContentKind.EPISODE);

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    private final Object lock = new Object();
    private InMemoryContentCorpus corpus;
    private final List<PendingPage> pending = new ArrayList<>();

    /** How a page is known in the corpus, and as {@code Review.pageId} for the page being edited. */
    public static String pageId(Long itemId) {
        return itemId == null ? null : "item-" + itemId;
    }

    public static String url(String siteSlug, ItemKind kind, String itemSlug) {
        return switch (kind) {
            case POST -> "/sites/" + siteSlug + "/posts/" + itemSlug;
            case WIKI_PAGE -> "/sites/" + siteSlug + "/wiki/" + itemSlug;
            case EPISODE -> "/sites/" + siteSlug + "/podcast/" + itemSlug;
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentCorpus corpus() {
        synchronized (lock) {
            if (corpus == null) {
                corpus = load();
                pending.clear();
            }
            for (PendingPage page : pending) {
                ContentItem item = em.find(ContentItem.class, page.itemId());
                if (item != null) {
                    corpus.add(pageId(item.id()), page.title(), url(page.siteSlug(), item.kind(), item.slug()),
                            page.text());
                }
            }
            pending.clear();
            return corpus;
        }
    }

    private InMemoryContentCorpus load() {
        InMemoryContentCorpus pages = new InMemoryContentCorpus();
        em.createQuery("select i.id, i.kind, i.slug, s.slug, r.title, r.bodyHtml from ContentItem i, Revision r,"
                        + " ClassSite s where r.id = i.liveRevisionId and s.id = i.siteId and i.status = :published",
                        Object[].class)
                .setParameter("published", ItemStatus.PUBLISHED)
                .getResultStream()
                .forEach(row -> pages.add(pageId((Long) row[0]), (String) row[4],
                        url((String) row[3], (ItemKind) row[1], (String) row[2]),
                        ContentDocument.parse((String) row[5]).text()));
        LOG.fine(() -> "Copy check corpus loaded: " + pages.size() + " published page(s)");
        return pages;
    }

    // Only noted here, and looked up at the next review: the demo district is published on the start-up thread,
    // where nothing may touch the database after a commit.
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionPublished published) {
        if (!PAGES.contains(published.kind()) || published.itemId() == null) {
            return;
        }
        synchronized (lock) {
            if (corpus != null) {
                pending.add(new PendingPage(published.itemId(), published.siteSlug(), published.title(),
                        ContentDocument.parse(published.sanitisedHtml()).text()));
            }
        }
    }

    /** A page published since the corpus was last brought up to date. */
    private record PendingPage(Long itemId, String siteSlug, String title, String text) { }
}
