package org.chalkpress.people.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A one-time code that links a parent to one student; single-use, and it expires. */
@Entity
@Table(name = "family_invitation")
public class FamilyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "redeemed_by")
    private Long redeemedBy;

    @Column(name = "redeemed_at")
    private OffsetDateTime redeemedAt;

    protected FamilyInvitation() {
    }

    FamilyInvitation(InvitationCode code, Long studentId, Long siteId, Long createdBy, OffsetDateTime createdAt,
                     OffsetDateTime expiresAt) {
        this.codeHash = code.hash();
        this.studentId = studentId;
        this.siteId = siteId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(OffsetDateTime now) {
        return redeemedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }

    void redeem(Long parentId, OffsetDateTime now) {
        this.redeemedBy = parentId;
        this.redeemedAt = now;
    }

    /** A newer code for the same student replaces this one. */
    void withdraw(OffsetDateTime now) {
        if (redeemedAt == null && withdrawnAt == null) {
            this.withdrawnAt = now;
        }
    }

    public Long id() { return id; }
    public Long studentId() { return studentId; }
    public Long siteId() { return siteId; }
    public OffsetDateTime expiresAt() { return expiresAt; }
    public OffsetDateTime redeemedAt() { return redeemedAt; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
}
