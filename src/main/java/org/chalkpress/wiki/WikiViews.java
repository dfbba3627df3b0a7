package org.chalkpress.wiki;

import java.time.OffsetDateTime;
import org.chalkpress.content.Revision;
import org.chalkpress.policy.Audience;
import org.chalkpress.publishing.GateDecision;

/** Read-only shapes the wiki's pages and screens show. */
public final class WikiViews {

    private WikiViews() {
    }

    /** A live page as a reader sees it. */
    public record PageView(Long itemId, String title, String slug, String html, Audience audience,
                           String lastEditedBy, OffsetDateTime lastEditedAt, int revisionNumber) { }

    /** One line of the index or of "what links here". */
    public record PageSummary(Long itemId, String title, String slug, OffsetDateTime updatedAt) { }

    /** One published revision with its summary, author and (for students' edits) approver. */
    public record HistoryEntry(Revision revision, String summary, String authorName, String approverName) { }

    /** One line of a site's recent changes. */
    public record RecentChange(String pageTitle, String pageSlug, int revisionNumber, String summary,
                               String authorName, OffsetDateTime at) { }

    /** What the wiki editor starts from. */
    public record EditorSource(Long itemId, String slug, String title, String markdown, Long baseRevisionId,
                               Audience audience, boolean isProtected, boolean needsApproval, String draftFindings) { }

    /** Where a reading address leads: a page, or a redirect to a renamed page's new address. */
    /** What the policy check said about an edit, and the text it read. */
    public record Checked(GateDecision decision, String text) { }

    public record Lookup(PageView page, String redirectSlug) { }
}
