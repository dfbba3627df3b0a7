package org.chalkpress.people.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One "set a new password" link sent by e-mail: works once, until it expires. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    static final Duration VALID_FOR = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordReset() {
    }

    PasswordReset(Long accountId, String tokenHash, OffsetDateTime now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    Long accountId() {
        return accountId;
    }

    boolean usableAt(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used, or cancelled because a newer link was sent or the password was set. */
    void spend(OffsetDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
