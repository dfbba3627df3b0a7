package org.chalkpress.comments;

/**
 * Where a comment is. Only APPROVED comments are on the page for its readers; the author also sees their own
 * DRAFT (stopped by the gate or the throttle, text kept), PENDING and REJECTED comments.
 */
public enum CommentStatus {
    /** Stopped before the queue (a policy finding, too many comments, comments closed); the author fixes it. */
    DRAFT,
    /** Waiting for a teacher. */
    PENDING,
    APPROVED,
    /** A teacher said no, with a reason the author sees. */
    REJECTED,
    /** Taken off the page after a report of concern, pending review. */
    HIDDEN,
    /** Taken off for good after a report of concern; kept for the record (clause ACCOUNTABLE). */
    REMOVED;

    /** What a student or parent reads about their own comment. */
    public String describe() {
        return switch (this) {
            case DRAFT -> "Not sent yet — please fix it";
            case PENDING -> "Waiting for your teacher";
            case APPROVED -> "On the page";
            case REJECTED -> "Not approved";
            case HIDDEN -> "Hidden while a concern is looked at";
            case REMOVED -> "Removed";
        };
    }
}
