package org.chalkpress.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;

/**
 * The reading side: what a class's blog shows to someone who may read the given audiences. Each page is
 * one query, however many posts a site has (items joined to their live revision and author).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BlogReader {

    public static final int PAGE_SIZE = 10;

    /*
     * Who may read a post is decided by its live revision's audience: a draft's new audience takes effect
     * only when the gate publishes it, so widening a draft never exposes the published version early.
     */
    private static final String LIVE_POSTS = "select i, r, a.displayName from ContentItem i, Revision r, Account a"
            + " where r.id = i.liveRevisionId and a.id = r.authorId and i.siteId = :site and i.kind = :kind"
            + " and i.status = :published and r.audience in :audiences";

    /*
     * Newest first. The leading columns are fixed by the where clause, so they change nothing in the order,
     * but they let the database read the page straight off the index content_item_reading (V21) instead of
     * sorting every post of the site: H2 only uses an index for ORDER BY when the order names the index's
     * columns from the first. PostgreSQL plans it the same either way.
     */
    private static final String NEWEST_FIRST = " order by i.siteId desc, i.kind desc, i.status desc,"
            + " i.firstPublishedAt desc, i.id desc";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** A page of posts, newest first; {@code hasMore} says whether another page follows. */
    public record PostPage(List<PostView> posts, int page, boolean hasMore) { }

    public PostPage page(ClassSite site, Set<Audience> audiences, int page) {
        return paged(query(LIVE_POSTS + NEWEST_FIRST, site, audiences), page);
    }

    public PostPage tagged(ClassSite site, Set<Audience> audiences, String tag, int page) {
        TypedQuery<Object[]> query = query(LIVE_POSTS + " and :tag member of i.tags" + NEWEST_FIRST, site, audiences);
        query.setParameter("tag", tag);
        return paged(query, page);
    }

    public Optional<PostView> post(ClassSite site, Set<Audience> audiences, String slug) {
        return query(LIVE_POSTS + " and i.slug = :slug", site, audiences)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(PostView::of);
    }

    private TypedQuery<Object[]> query(String jpql, ClassSite site, Set<Audience> audiences) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.POST)
                .setParameter("published", ItemStatus.PUBLISHED)
                .setParameter("audiences", audiences);
    }

    private static PostPage paged(TypedQuery<Object[]> query, int page) {
        int current = Math.max(1, page);
        List<PostView> rows = query.setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultStream().map(PostView::of).toList();
        boolean more = rows.size() > PAGE_SIZE;
        return new PostPage(more ? rows.subList(0, PAGE_SIZE) : rows, current, more);
    }
}
