package org.chalkpress.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.policy.Verdict;

/** One line of the audit log. It has no setters: entries are written once and never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Column(name = "content_kind", updatable = false)
    private String contentKind;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "revision_id", updatable = false)
    private Long revisionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Verdict verdict;

    @Column(nullable = false, updatable = false)
    private String clauses;

    @Column(updatable = false)
    private String findings;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(OffsetDateTime occurredAt, Long actorId, String actorName, AuditAction action, Long siteId,
               String contentKind, Long itemId, Long revisionId, Verdict verdict, String clauses,
               String findings, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.siteId = siteId;
        this.contentKind = contentKind;
        this.itemId = itemId;
        this.revisionId = revisionId;
        this.verdict = verdict;
        this.clauses = clauses == null ? "" : clauses;
        this.findings = findings;
        this.detail = detail;
    }

    public Long id() { return id; }
    public OffsetDateTime occurredAt() { return occurredAt; }
    public Long actorId() { return actorId; }
    public String actorName() { return actorName; }
    public AuditAction action() { return action; }
    public Long siteId() { return siteId; }
    public String contentKind() { return contentKind; }
    public Long itemId() { return itemId; }
    public Long revisionId() { return revisionId; }
    public Verdict verdict() { return verdict; }
    public String clauses() { return clauses; }
    public String findings() { return findings; }
    public String detail() { return detail; }
}
