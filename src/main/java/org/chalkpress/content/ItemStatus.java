package org.chalkpress.content;

/**
 * Where an item is in its life. Nothing is ever deleted: unpublished items are hidden, with their history.
 * HIDDEN (pending review of a report of concern) and REMOVED (after that review) are set only by
 * communications staff; readers see neither, and the author cannot publish over them.
 */
public enum ItemStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED, HIDDEN, REMOVED
}
