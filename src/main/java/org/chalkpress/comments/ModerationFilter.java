package org.chalkpress.comments;

import java.util.Locale;

/** What the teacher narrows the queue to: one site or all, a status, part of an author's name, with findings only. */
public record ModerationFilter(String siteSlug, CommentStatus status, String author, boolean withFindingsOnly) {

    public ModerationFilter {
        siteSlug = siteSlug == null || siteSlug.isBlank() ? null : siteSlug.strip();
        status = status == null ? CommentStatus.PENDING : status;
        author = author == null ? "" : author.strip().toLowerCase(Locale.ROOT);
    }

    public static ModerationFilter waiting() {
        return new ModerationFilter(null, CommentStatus.PENDING, null, false);
    }

    boolean accepts(ModerationEntry entry) {
        return (author.isEmpty() || entry.authorName().toLowerCase(Locale.ROOT).contains(author))
                && (!withFindingsOnly || entry.hasFindings());
    }
}
