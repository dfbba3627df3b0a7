package org.chalkpress.content;

/** Where an item is in its life. Nothing is ever deleted: unpublished items are hidden, with their history. */
public enum ItemStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED
}
