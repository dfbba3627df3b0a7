package org.chalkpress.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/** A password for one API client of one person, as WordPress has: revocable, its secret stored hashed. */
@Entity
@Table(name = "application_password")
public class ApplicationPassword {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String label;

    @Column(name = "lookup_key", nullable = false, unique = true)
    private String lookupKey;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApplicationPassword() {
    }

    ApplicationPassword(Long accountId, String label, String lookupKey, String secretHash) {
        this.accountId = accountId;
        this.label = label;
        this.lookupKey = lookupKey;
        this.secretHash = secretHash;
        this.createdAt = Clock.now();
    }

    public Long id() { return id; }
    public Long accountId() { return accountId; }
    public String label() { return label; }
    public String lookupKey() { return lookupKey; }
    String secretHash() { return secretHash; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime lastUsedAt() { return lastUsedAt; }
    public OffsetDateTime revokedAt() { return revokedAt; }
    public boolean active() { return revokedAt == null; }

    void markUsed() { this.lastUsedAt = Clock.now(); }
    void revoke() { this.revokedAt = Clock.now(); }
}
