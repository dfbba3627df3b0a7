package org.chalkpress.wiki;

/**
 * Someone else changed the page since the editor opened it, on the same lines. Nothing was saved; the
 * editor shows both versions so the writer can combine them by hand.
 */
public class WikiConflictException extends RuntimeException {

    private final String theirs;
    private final String yours;
    private final Long liveRevisionId;

    public WikiConflictException(String changedBy, String theirs, String yours, Long liveRevisionId) {
        super(changedBy + " changed the same part of this page while you were editing it, so your edit was not"
                + " saved. Both versions are shown below: copy your changes into the current version and save again.");
        this.theirs = theirs;
        this.yours = yours;
        this.liveRevisionId = liveRevisionId;
    }

    /** The page as it is now. */
    public String theirs() { return theirs; }
    /** The edit that could not be saved. */
    public String yours() { return yours; }
    /** Save again from this revision. */
    public Long liveRevisionId() { return liveRevisionId; }
}
