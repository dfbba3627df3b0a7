package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.chalkpress.concerns.ConcernOutcome;
import org.chalkpress.policy.ContentKind;

/** Communications staff's decision on a reported comment takes effect on its page at once. */
@ApplicationScoped
public class CommentConcerns {

    @Inject
    CommentService comments;

    void onOutcome(@Observes ConcernOutcome outcome) {
        if (outcome.kind() == ContentKind.COMMENT) {
            comments.concernDecided(outcome.targetId(), outcome.action(), outcome.reason(), outcome.decidedBy());
        }
    }
}
