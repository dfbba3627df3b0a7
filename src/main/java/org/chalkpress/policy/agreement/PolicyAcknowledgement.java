package org.chalkpress.policy.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/** An employee's "I have read and agree" to one revision of the policy (clause AGREEMENT). */
@Entity
@Table(name = "policy_acknowledgement")
public class PolicyAcknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private Long revisionId;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private OffsetDateTime acknowledgedAt;

    protected PolicyAcknowledgement() {
    }

    PolicyAcknowledgement(Long accountId, Long revisionId) {
        this.accountId = accountId;
        this.revisionId = revisionId;
        this.acknowledgedAt = Clock.now();
    }

    public Long accountId() { return accountId; }
    public Long revisionId() { return revisionId; }
    public OffsetDateTime acknowledgedAt() { return acknowledgedAt; }
}
