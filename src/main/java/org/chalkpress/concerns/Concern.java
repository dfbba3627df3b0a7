package org.chalkpress.concerns;

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
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;

/** One report of concern about a published page or comment, and what communications staff decided. */
@Entity
@Table(name = "concern")
public class Concern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private ContentKind targetKind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "clause")
    private String clause;

    @Column(name = "reason")
    private String reason;

    @Column(name = "reporter_id")
    private Long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernState state = ConcernState.OPEN;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected Concern() {
    }

    /** @param reporterId null for an anonymous visitor */
    public Concern(ConcernTarget target, ClauseId clause, String reason, Long reporterId) {
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.siteId = target.siteId();
        this.clause = clause == null ? null : clause.code();
        this.reason = reason;
        this.reporterId = reporterId;
        this.reportedAt = Clock.now();
    }

    void decide(ConcernState newState, Long staffId, String why) {
        this.state = newState;
        this.decidedBy = staffId;
        this.decidedAt = Clock.now();
        this.decisionReason = why == null || why.isBlank() ? null : why.strip();
    }

    public Long id() { return id; }
    public ContentKind targetKind() { return targetKind; }
    public Long targetId() { return targetId; }
    public Long siteId() { return siteId; }
    public ClauseId clause() { return clause == null ? null : ClauseId.fromCode(clause); }
    public String reason() { return reason; }
    public Long reporterId() { return reporterId; }
    public ConcernState state() { return state; }
    public OffsetDateTime reportedAt() { return reportedAt; }
    public Long decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
}
