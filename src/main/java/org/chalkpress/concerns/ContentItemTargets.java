package org.chalkpress.concerns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.PublishedPages;
import org.chalkpress.sites.ClassSite;

/** Posts, wiki pages and episodes as targets of a report: their live revision is what readers saw. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentItemTargets implements ConcernTargets {

    static final EnumSet<ContentKind> KINDS = EnumSet.of(ContentKind.POST, ContentKind.WIKI_PAGE,
            ContentKind.EPISODE);

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Override
    public boolean handles(ContentKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    public Optional<ConcernTarget> find(ContentKind kind, long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null || item.kind().reviewedAs() != kind || item.liveRevisionId() == null) {
            return Optional.empty();
        }
        Revision live = em.find(Revision.class, item.liveRevisionId());
        ClassSite site = em.find(ClassSite.class, item.siteId());
        String text = org.jsoup.Jsoup.parseBodyFragment(live.bodyHtml()).text();
        return Optional.of(new ConcernTarget(kind, item.id(), site.id(), live.audience(), item.isLive(),
                item.authorId(), live.title(), text, PublishedPages.url(site.slug(), item.kind(), item.slug())));
    }
}
