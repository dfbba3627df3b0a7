package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.Verdict;

/**
 * A student's proposed edit of a wiki page, with what the policy check found in it. It changes nothing
 * readers see until a teacher approves it (and the gate lets it through); a rejection gives a reason.
 */
@Entity
@Table(name = "wiki_pending_change")
public class PendingChange {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "base_revision_id")
    private Long baseRevisionId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String markdown;

    @Column
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column
    private Verdict verdict;

    @Column
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column
    private String reason;

    @Column(name = "revision_id")
    private Long revisionId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PendingChange() {
    }

    public PendingChange(Long siteId, Long itemId, Long authorId, Long baseRevisionId, PageTitle title,
                         String markdown, String summary) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.authorId = authorId;
        this.baseRevisionId = baseRevisionId;
        this.title = title.value();
        this.markdown = markdown;
        this.summary = summary;
        this.createdAt = Clock.now();
    }

    void recordReview(Verdict newVerdict, String findingsJson) {
        this.verdict = newVerdict;
        this.findings = findingsJson;
    }

    void approved(Long teacherId, Long publishedRevisionId) {
        requirePending();
        this.status = Status.APPROVED;
        this.decidedBy = teacherId;
        this.decidedAt = Clock.now();
        this.revisionId = publishedRevisionId;
    }

    void rejected(Long teacherId, String why) {
        requirePending();
        this.status = Status.REJECTED;
        this.decidedBy = teacherId;
        this.decidedAt = Clock.now();
        this.reason = why;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("This change was already " + status.name().toLowerCase() + ".");
        }
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long itemId() { return itemId; }
    public Long authorId() { return authorId; }
    public Long baseRevisionId() { return baseRevisionId; }
    public String title() { return title; }
    public String markdown() { return markdown; }
    public String summary() { return summary; }
    public Verdict verdict() { return verdict; }
    public String findings() { return findings; }
    public Status status() { return status; }
    public Long decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String reason() { return reason; }
    public Long revisionId() { return revisionId; }
    public OffsetDateTime createdAt() { return createdAt; }
}
