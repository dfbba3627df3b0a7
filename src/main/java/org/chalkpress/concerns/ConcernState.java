package org.chalkpress.concerns;

/** Where a report of concern stands: waiting, acted on (hidden pending review), or closed by a decision. */
public enum ConcernState {
    OPEN, HIDDEN, RESTORED, REMOVED;

    /** Still in the communications staff's queue. */
    public boolean inQueue() {
        return this == OPEN || this == HIDDEN;
    }
}
