package org.chalkpress.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Account;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.Slug;
import org.chalkpress.wiki.WikiViews.HistoryEntry;
import org.chalkpress.wiki.WikiViews.Lookup;
import org.chalkpress.wiki.WikiViews.PageSummary;
import org.chalkpress.wiki.WikiViews.PageView;
import org.chalkpress.wiki.WikiViews.RecentChange;

/**
 * A site's wiki pages as stored: finding them by title, address or old name, their history and links.
 * Reading methods take the reader's audiences and never show a page that is not live or not for them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WikiPages {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    public ContentItem item(ClassSite site, Long itemId) {
        ContentItem item = itemId == null ? null : em.find(ContentItem.class, itemId);
        if (item == null || item.kind() != ItemKind.WIKI_PAGE || !item.siteId().equals(site.id())) {
            throw new NotFoundException("No such wiki page.");
        }
        return item;
    }

    public WikiPage page(Long itemId) {
        return em.find(WikiPage.class, itemId);
    }

    public Optional<WikiPage> byTitleKey(ClassSite site, String titleKey) {
        return em.createQuery("select p from WikiPage p where p.siteId = :site and p.titleKey = :key", WikiPage.class)
                .setParameter("site", site.id())
                .setParameter("key", titleKey)
                .getResultStream().findFirst();
    }

    public String markdownOf(Long revisionId) {
        WikiEdit edit = em.find(WikiEdit.class, revisionId);
        return edit == null ? "" : edit.markdown();
    }

    /** Where [[links]] on this site's pages point: existing pages (or old names) by address, others to be created. */
    public WikiMarkdown.PageAddresses addresses(ClassSite site) {
        String base = "/sites/" + site.slug() + "/wiki/";
        return new WikiMarkdown.PageAddresses() {
            @Override
            public Optional<String> apply(WikiLink link) {
                Optional<String> slug = byTitleKey(site, link.targetKey())
                        .map(p -> em.find(ContentItem.class, p.itemId()))
                        .filter(ContentItem::isLive)
                        .map(ContentItem::slug)
                        .or(() -> redirectByTitle(site, link.targetKey()).map(WikiRedirect::slug));
                return slug.map(s -> base + s);
            }

            @Override
            public String missing(WikiLink link) {
                return base + Slug.from(link.target()).value();
            }
        };
    }

    /** A slug for the title that no other wiki page of the site uses. */
    Slug freeSlug(ClassSite site, PageTitle title, Long itemId) {
        String base = title.slug().value();
        String candidate = base;
        for (int n = 2; slugTaken(site, candidate, itemId); n++) {
            candidate = base + "-" + n;
        }
        return new Slug(candidate);
    }

    private boolean slugTaken(ClassSite site, String slug, Long itemId) {
        return em.createQuery("select count(i) from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " and i.slug = :slug and i.id <> :me", Long.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.WIKI_PAGE)
                .setParameter("slug", slug)
                .setParameter("me", itemId == null ? -1L : itemId)
                .getSingleResult() > 0;
    }

    /** A page now uses this title or address itself, so old redirects from it would be wrong. */
    void forgetRedirectsTo(ClassSite site, String titleKey, String slug) {
        em.createQuery("delete from WikiRedirect r where r.siteId = :site and (r.titleKey = :key or r.slug = :slug)")
                .setParameter("site", site.id())
                .setParameter("key", titleKey)
                .setParameter("slug", slug)
                .executeUpdate();
    }

    void replaceLinks(ClassSite site, Long itemId, Set<String> titleKeys) {
        em.createQuery("delete from PageLinkRecord l where l.fromItemId = :item")
                .setParameter("item", itemId)
                .executeUpdate();
        for (String key : titleKeys) {
            em.persist(new PageLinkRecord(site.id(), itemId, key));
        }
    }

    public List<HistoryEntry> history(Long itemId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Revision r : em.createQuery("select r from Revision r where r.itemId = :item order by r.number desc",
                        Revision.class)
                .setParameter("item", itemId)
                .getResultList()) {
            WikiEdit edit = em.find(WikiEdit.class, r.id());
            entries.add(new HistoryEntry(r, edit == null ? null : edit.summary(), name(r.authorId()),
                    edit == null || edit.approvedBy() == null ? null : name(edit.approvedBy())));
        }
        return entries;
    }

    /** The page at this address, or the new address of a page that was renamed from it. */
    public Optional<Lookup> lookup(ClassSite site, Set<Audience> audiences, String slug) {
        Optional<ContentItem> item = em.createQuery("select i from ContentItem i where i.siteId = :site"
                        + " and i.kind = :kind and i.slug = :slug", ContentItem.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.WIKI_PAGE)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .filter(i -> readable(i, audiences));
        if (item.isPresent()) {
            return Optional.of(new Lookup(view(item.get()), null));
        }
        return em.createQuery("select r from WikiRedirect r where r.siteId = :site and r.slug = :slug"
                        + " order by r.createdAt desc", WikiRedirect.class)
                .setParameter("site", site.id())
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(r -> em.find(ContentItem.class, r.itemId()))
                .filter(i -> readable(i, audiences))
                .map(i -> new Lookup(null, i.slug()));
    }

    public List<PageSummary> index(ClassSite site, Set<Audience> audiences) {
        return em.createQuery("select new org.chalkpress.wiki.WikiViews.PageSummary(i.id, p.title, i.slug, i.updatedAt)"
                        + " from WikiPage p, ContentItem i where i.id = p.itemId and p.siteId = :site"
                        + " and i.status = org.chalkpress.content.ItemStatus.PUBLISHED and i.audience in :audiences"
                        + " order by p.titleKey", PageSummary.class)
                .setParameter("site", site.id())
                .setParameter("audiences", audiences)
                .getResultList();
    }

    /** Live pages whose live revision links to this page, by its title or an old title. */
    public List<PageSummary> linksHere(ClassSite site, Set<Audience> audiences, Long itemId) {
        List<String> keys = new ArrayList<>();
        keys.add(page(itemId).titleKey());
        em.createQuery("select r from WikiRedirect r where r.itemId = :item", WikiRedirect.class)
                .setParameter("item", itemId).getResultList().forEach(r -> keys.add(r.titleKey()));
        return em.createQuery("select distinct new org.chalkpress.wiki.WikiViews.PageSummary(i.id, p.title, i.slug,"
                        + " i.updatedAt) from PageLinkRecord l, WikiPage p, ContentItem i"
                        + " where l.siteId = :site and l.toTitleKey in :keys and l.fromItemId = i.id"
                        + " and p.itemId = i.id and i.id <> :me"
                        + " and i.status = org.chalkpress.content.ItemStatus.PUBLISHED and i.audience in :audiences"
                        + " order by p.title", PageSummary.class)
                .setParameter("site", site.id())
                .setParameter("keys", keys)
                .setParameter("me", itemId)
                .setParameter("audiences", audiences)
                .getResultList();
    }

    public List<RecentChange> recentChanges(ClassSite site, Set<Audience> audiences, int max) {
        List<RecentChange> out = new ArrayList<>();
        for (Object[] row : em.createQuery("select r, i, e from Revision r, ContentItem i, WikiEdit e"
                        + " where e.revisionId = r.id and r.itemId = i.id and i.siteId = :site"
                        + " and i.status = org.chalkpress.content.ItemStatus.PUBLISHED and i.audience in :audiences"
                        + " order by r.createdAt desc, r.id desc", Object[].class)
                .setParameter("site", site.id())
                .setParameter("audiences", audiences)
                .setMaxResults(max)
                .getResultList()) {
            Revision r = (Revision) row[0];
            ContentItem i = (ContentItem) row[1];
            WikiEdit e = (WikiEdit) row[2];
            out.add(new RecentChange(r.title(), i.slug(), r.number(), e.summary(), name(r.authorId()), r.createdAt()));
        }
        return out;
    }

    private PageView view(ContentItem item) {
        Revision live = em.find(Revision.class, item.liveRevisionId());
        ClassSite site = em.find(ClassSite.class, item.siteId());
        String html = MissingPageLinks.refresh(live.bodyHtml(), "/sites/" + site.slug() + "/wiki/",
                slug -> liveSlugExists(site, slug));
        return new PageView(item.id(), live.title(), item.slug(), html, item.audience(),
                name(live.authorId()), live.createdAt(), live.number());
    }

    private boolean liveSlugExists(ClassSite site, String slug) {
        return em.createQuery("select count(i) from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " and i.slug = :slug and i.liveRevisionId is not null", Long.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.WIKI_PAGE)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    private Optional<WikiRedirect> redirectByTitle(ClassSite site, String titleKey) {
        return em.createQuery("select r from WikiRedirect r where r.siteId = :site and r.titleKey = :key"
                        + " order by r.createdAt desc", WikiRedirect.class)
                .setParameter("site", site.id())
                .setParameter("key", titleKey)
                .getResultStream().findFirst();
    }

    private String name(Long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "someone" : account.displayName();
    }

    private static boolean readable(ContentItem item, Set<Audience> audiences) {
        return item != null && item.isLive() && audiences.contains(item.audience());
    }
}
