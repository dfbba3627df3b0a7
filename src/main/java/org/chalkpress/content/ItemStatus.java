package org.chalkpress.content;

/**
 * Where an item is in its life. Nothing is ever deleted: unpublished items are hidden, with their history.
 * HIDDEN (pending review of a report of concern) and REMOVED (after that review) are set only by
 * communications staff; readers see neither, and the author cannot publish over them.
 */
public enum ItemStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED, HIDDEN, REMOVED;

    /** What a teacher reads in their lists of posts and episodes. */
    public String describe() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished (hidden)";
            case HIDDEN -> "Hidden while a concern is looked at";
            case REMOVED -> "Removed after a concern";
        };
    }
}
