package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.RevisionPublished;

/**
 * Tells a class's followers about each new post, once, when it is first published. Each follower is asked
 * again whether they may read it: a class-audience post reaches only that class's own people and families.
 * Observed inside the publish transaction, so the notices are stored (or not) with the post itself.
 */
@ApplicationScoped
public class NewPostAnnouncer {

    @Inject
    ClassPostNotices announcements;

    void onPublished(@Observes RevisionPublished published) {
        if (published.kind() == ContentKind.POST && published.itemId() != null) {
            announcements.announce(published.itemId());
        }
    }
}
