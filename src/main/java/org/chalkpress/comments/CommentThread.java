package org.chalkpress.comments;

import java.util.List;

/**
 * Everything a page shows about its comments for one viewer: the comments they may see, whether they may
 * write one (and if not, why), and their unsent draft with what to fix.
 */
public record CommentThread(Long itemId, List<CommentView> comments, boolean mayComment, String closedBecause,
                            String draftText, List<String> draftFeedback, boolean moderated, int waiting,
                            String moderationHref) {

    public CommentThread {
        comments = List.copyOf(comments);
        draftFeedback = List.copyOf(draftFeedback);
    }
}
