package org.chalkpress.comments;

import java.time.OffsetDateTime;

/** A comment as a reader of its page sees it; {@code mine} marks the viewer's own, shown with its state. */
public record CommentView(Long id, String authorName, String html, OffsetDateTime submittedAt,
                          CommentStatus status, boolean mine, String reason, boolean edited) { }
