package org.chalkpress.policy.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who changed which part of the district's policy settings, when, and how. Written once, never changed. */
@Entity
@Table(name = "policy_settings_change")
public class SettingsHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String summary;

    protected SettingsHistoryEntry() {
    }

    SettingsHistoryEntry(OffsetDateTime changedAt, Long actorId, String actorName, SettingsChange change) {
        this.changedAt = changedAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.subject = change.subject();
        this.summary = change.summary();
    }

    public Long id() { return id; }
    public OffsetDateTime changedAt() { return changedAt; }
    public Long actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String subject() { return subject; }
    public String summary() { return summary; }
}
