package org.chalkpress.concerns;

import java.util.Objects;
import org.chalkpress.policy.ContentKind;

/**
 * Fired (synchronously) when communications staff act on a report of concern. The feature that owns the
 * reported thing observes it: HIDDEN takes it off every page and feed at once, pending review; RESTORED puts it
 * back; REMOVED takes it off for good (kept for the record, clause ACCOUNTABLE).
 *
 * @param kind POST, WIKI_PAGE or EPISODE (a content item, {@code targetId} = content_item.id) or COMMENT
 */
public record ConcernOutcome(ContentKind kind, long targetId, Action action, String reason, long decidedBy) {

    public enum Action { HIDDEN, RESTORED, REMOVED }

    public ConcernOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason.strip();
    }
}
