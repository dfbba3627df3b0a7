package org.chalkpress.comments;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.chalkpress.people.Role;
import org.chalkpress.policy.Finding;

/** One comment as the moderation queue (and its author's "my comments" page) shows it. */
public record ModerationEntry(Long id, CommentStatus status, String text, String html, String authorName,
                              Role authorRole, String siteSlug, String siteTitle, String pageTitle, String pageHref,
                              OffsetDateTime submittedAt, List<Finding> findings, String reason, String heldBecause,
                              String originalText) implements Serializable {

    public ModerationEntry {
        findings = List.copyOf(findings);
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    public boolean edited() {
        return originalText != null;
    }
}
