package org.chalkpress.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Verdict;

/**
 * A comment on a post, wiki page or episode (any content item). Its audience is always its page's audience.
 * The author's words are kept whatever happens to it (clauses MICROBLOG and ACCOUNTABLE).
 */
@Entity
@Table(name = "page_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "body_text", nullable = false)
    private String text;

    /** The sanitised HTML readers see; set only when the gate let the text through. */
    @Column(name = "body_html")
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status;

    @Enumerated(EnumType.STRING)
    @Column
    private Verdict verdict;

    @Column
    private String findings;

    /** Why a draft was not sent (the throttle, closed comments, links), in the author's words. */
    @Column(name = "held_because")
    private String heldBecause;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column
    private String reason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(Long siteId, Long itemId, Long authorId, CommentText text) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.authorId = authorId;
        this.text = text.value();
        this.status = CommentStatus.DRAFT;
        this.createdAt = Clock.now();
        this.submittedAt = createdAt;
    }

    /** The author tries again with new words: still a draft until the gate and the throttle agree. */
    public void rewrite(CommentText newText) {
        requireStatus(CommentStatus.DRAFT);
        this.text = newText.value();
        this.submittedAt = Clock.now();
    }

    public void recordReview(Verdict newVerdict, String findingsJson) {
        this.verdict = newVerdict;
        this.findings = findingsJson;
    }

    public void hold(String because) {
        this.status = CommentStatus.DRAFT;
        this.heldBecause = because;
    }

    /** Passed the gate: on the page at once, or in the teacher's queue. */
    public void accept(String sanitisedHtml, boolean needsModeration) {
        this.html = sanitisedHtml;
        this.heldBecause = null;
        this.status = needsModeration ? CommentStatus.PENDING : CommentStatus.APPROVED;
        this.submittedAt = Clock.now();
    }

    public void approve(Long teacherId) {
        requireStatus(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.APPROVED);
        decide(CommentStatus.APPROVED, teacherId, null);
    }

    public void reject(Long teacherId, String why) {
        requireStatus(CommentStatus.PENDING, CommentStatus.APPROVED);
        decide(CommentStatus.REJECTED, teacherId, why);
    }

    /** A teacher's edit, after the gate passed the new words. */
    public void replaceText(CommentText newText, String sanitisedHtml) {
        requireStatus(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.REJECTED);
        this.text = newText.value();
        this.html = sanitisedHtml;
    }

    public void hide(Long staffId, String why) {
        if (status == CommentStatus.APPROVED) {
            decide(CommentStatus.HIDDEN, staffId, why);
        }
    }

    public void restore(Long staffId) {
        if (status == CommentStatus.HIDDEN) {
            decide(CommentStatus.APPROVED, staffId, null);
        }
    }

    public void remove(Long staffId, String why) {
        decide(CommentStatus.REMOVED, staffId, why);
    }

    private void decide(CommentStatus newStatus, Long who, String why) {
        this.status = newStatus;
        this.decidedBy = who;
        this.decidedAt = Clock.now();
        this.reason = why;
    }

    private void requireStatus(CommentStatus... allowed) {
        for (CommentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw InvalidInputException.of("status", "This comment is already " + status.describe().toLowerCase() + ".");
    }

    public boolean hasFindings() {
        return findings != null && !findings.isBlank() && !"[]".equals(findings);
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long itemId() { return itemId; }
    public Long authorId() { return authorId; }
    public String text() { return text; }
    public String html() { return html; }
    public CommentStatus status() { return status; }
    public Verdict verdict() { return verdict; }
    public String findings() { return findings; }
    public String heldBecause() { return heldBecause; }
    public Long decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String reason() { return reason; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime submittedAt() { return submittedAt; }
}
