package org.chalkpress.concerns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.notify.Notice;
import org.chalkpress.sites.SiteChanges;

/**
 * What a decision on a report does to a post, wiki page or episode: hidden or removed, it leaves every
 * page, list, feed and search at once (reading queries show only PUBLISHED items, and touching the site
 * gives every cached page a new key); restored, it comes back. The author is told either way.
 */
@ApplicationScoped
public class ContentItemReaction {

    static final String TOPIC = "concerns";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteChanges changes;

    @Inject
    Event<Notice> notices;

    void onDecision(@Observes ConcernOutcome outcome) {
        if (!ContentItemTargets.KINDS.contains(outcome.kind())) {
            return;
        }
        ContentItem item = em.find(ContentItem.class, outcome.targetId());
        if (item == null) {
            return;
        }
        boolean wasHidden = item.status() == org.chalkpress.content.ItemStatus.HIDDEN;
        switch (outcome.action()) {
            case HIDDEN -> item.hideForReview();
            case RESTORED -> item.restoreAfterReview();
            case REMOVED -> item.removeAfterReview();
        }
        changes.touched(item.siteId());
        if (outcome.action() == ConcernOutcome.Action.RESTORED && !wasHidden) {
            return; // reports dismissed about a page that never left: nothing changed for its author
        }
        String title = item.liveRevisionId() == null ? item.draftTitle()
                : em.find(Revision.class, item.liveRevisionId()).title();
        notices.fire(noticeFor(outcome, item.authorId(), title));
    }

    static Notice noticeFor(ConcernOutcome outcome, long authorId, String title) {
        String why = outcome.reason().isEmpty() ? "" : "\n\nTheir reason: " + outcome.reason();
        return switch (outcome.action()) {
            case HIDDEN -> new Notice(authorId, TOPIC, "“" + title + "” is hidden while a concern is reviewed",
                    "Someone reported a concern about “" + title + "”. Communications staff have taken it off"
                            + " every page while they review it; you will hear from them when they decide." + why,
                    "/teach/posts");
            case RESTORED -> new Notice(authorId, TOPIC, "“" + title + "” is back on its pages",
                    "Communications staff reviewed a concern about “" + title + "” and restored it." + why,
                    "/teach/posts");
            case REMOVED -> new Notice(authorId, TOPIC, "“" + title + "” was removed after a concern",
                    "Communications staff reviewed a concern about “" + title + "” and removed it from the"
                            + " site. It is kept for the record; readers no longer see it." + why,
                    "/teach/posts");
        };
    }
}
