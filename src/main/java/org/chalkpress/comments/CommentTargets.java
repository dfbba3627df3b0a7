package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import org.chalkpress.concerns.ConcernTarget;
import org.chalkpress.concerns.ConcernTargets;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.PublishedPages;
import org.chalkpress.sites.ClassSite;

/**
 * Comments as targets of a report of concern. Only a comment readers could see (approved, or since hidden or
 * removed after a report) can be reported; it is read by those who may read its page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommentTargets implements ConcernTargets {

    private static final EnumSet<CommentStatus> ONCE_SHOWN = EnumSet.of(CommentStatus.APPROVED,
            CommentStatus.HIDDEN, CommentStatus.REMOVED);

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Override
    public boolean handles(ContentKind kind) {
        return kind == ContentKind.COMMENT;
    }

    @Override
    public Optional<ConcernTarget> find(ContentKind kind, long id) {
        Comment comment = em.find(Comment.class, id);
        if (comment == null || !ONCE_SHOWN.contains(comment.status())) {
            return Optional.empty();
        }
        ContentItem page = em.find(ContentItem.class, comment.itemId());
        if (page == null || page.liveRevisionId() == null) {
            return Optional.empty();
        }
        Revision live = em.find(Revision.class, page.liveRevisionId());
        ClassSite site = em.find(ClassSite.class, comment.siteId());
        boolean shown = comment.status() == CommentStatus.APPROVED && page.isLive();
        return Optional.of(new ConcernTarget(ContentKind.COMMENT, comment.id(), site.id(), live.audience(), shown,
                comment.authorId(), "Comment on “" + live.title() + "”", comment.text(),
                PublishedPages.url(site.slug(), page.kind(), page.slug()) + "#comment-" + comment.id()));
    }
}
