package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chalkpress.blog.PostView;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.publishing.PublishedPages;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;

/** Tells a class's followers about its new post, inside the publish transaction. */
@ApplicationScoped
@Transactional
public class ClassPostNotices {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SiteAccess access;

    @Inject
    Event<Notice> notices;

    public void announce(long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || !item.isLive()) {
            return;
        }
        Revision live = em.find(Revision.class, item.liveRevisionId());
        if (live.number() != 1) {
            return;
        }
        ClassSite site = em.find(ClassSite.class, item.siteId());
        Account author = em.find(Account.class, live.authorId());
        String summary = new PostView(item.id(), item.slug(), live.title(), live.bodyHtml(), List.of(),
                live.audience(), author.displayName(), item.firstPublishedAt(), live.createdAt(), 1).summary(400);
        String link = PublishedPages.url(site.slug(), item.kind(), item.slug());
        for (Account follower : subscriptions.followersOf(site.id())) {
            if (follower.id().equals(live.authorId())
                    || !access.canRead(Viewer.of(follower), site, live.audience())) {
                continue;
            }
            notices.fire(new Notice(follower.id(), Subscriptions.newPostsTopic(site),
                    "New on " + site.title() + ": " + live.title(),
                    author.displayName() + " posted “" + live.title() + "” on " + site.title() + ".\n\n" + summary,
                    link));
        }
    }
}
