package org.chalkpress.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.Audience;

/**
 * One statement about one person and one kind of media: a guardian's media release (students) or the
 * person's own permission (staff), granted for an audience or refused. Statements are never edited: a new
 * one is added on top (the latest is in force, older ones are the history); revoking or expiring stamps the
 * statement in force.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentAnswer answer;

    /** The widest audience a grant covers; null for a refusal. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Audience audience;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "given_by_account_id", updatable = false)
    private Long givenByAccountId;

    @Column(name = "given_by_name", nullable = false, updatable = false)
    private String givenByName;

    /** The last day a grant covers; null for a refusal. */
    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by_id", updatable = false)
    private Long recordedById;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentSource source;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by_id")
    private Long revokedById;

    @Column(name = "revoked_by_name")
    private String revokedByName;

    @Column(name = "expiry_handled_at")
    private OffsetDateTime expiryHandledAt;

    protected ConsentRecord() {
    }

    private ConsentRecord(long accountId, ConsentKind kind, ConsentAnswer answer, Audience audience,
                          LocalDate givenOn, GivenBy givenBy, LocalDate expiresOn, ConsentSource source,
                          Long recordedById) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.answer = answer;
        this.audience = audience;
        this.givenOn = Objects.requireNonNull(givenOn, "givenOn");
        this.givenByAccountId = givenBy.accountId();
        this.givenByName = givenBy.name();
        this.expiresOn = expiresOn;
        this.source = source;
        this.recordedById = recordedById;
        this.recordedAt = Clock.now();
    }

    /** A grant covering {@code audience} and every narrower one, through {@code expiresOn}. */
    public static ConsentRecord granted(long accountId, ConsentKind kind, Audience audience, LocalDate givenOn,
                                        GivenBy givenBy, LocalDate expiresOn, ConsentSource source,
                                        Long recordedById) {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (expiresOn.isBefore(givenOn)) {
            throw new IllegalArgumentException("A release cannot end (" + expiresOn + ") before it was given ("
                    + givenOn + ")");
        }
        return new ConsentRecord(accountId, kind, ConsentAnswer.GRANTED, audience, givenOn, givenBy, expiresOn,
                source, recordedById);
    }

    public static ConsentRecord refused(long accountId, ConsentKind kind, LocalDate givenOn, GivenBy givenBy,
                                        ConsentSource source, Long recordedById) {
        return new ConsentRecord(accountId, kind, ConsentAnswer.REFUSED, null, givenOn, givenBy, null, source,
                recordedById);
    }

    /** Who gave or refused: a guardian's account, a name typed from a paper form, or "self". */
    public record GivenBy(Long accountId, String name) {
        public GivenBy {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Say who gave or refused the release");
            }
            name = name.strip();
        }

        public static GivenBy self() {
            return new GivenBy(null, "self");
        }
    }

    public boolean isGrant() {
        return answer == ConsentAnswer.GRANTED;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether a grant has run past its last day by {@code today}. */
    public boolean hasExpiredBy(LocalDate today) {
        return isGrant() && expiresOn != null && expiresOn.isBefore(today);
    }

    /** A grant that today still stands (not revoked, not past its last day). */
    public boolean inForce(LocalDate today) {
        return isGrant() && !isRevoked() && !hasExpiredBy(today);
    }

    public boolean covers(Audience wanted) {
        return isGrant() && audience.compareTo(wanted) >= 0;
    }

    void revoke(Long byId, String byName) {
        if (isRevoked()) {
            return;
        }
        this.revokedAt = Clock.now();
        this.revokedById = byId;
        this.revokedByName = byName;
    }

    void markExpiryHandled() {
        this.expiryHandledAt = Clock.now();
    }

    public Long id() { return id; }
    public long accountId() { return accountId; }
    public ConsentKind kind() { return kind; }
    public ConsentAnswer answer() { return answer; }
    public Audience audience() { return audience; }
    public LocalDate givenOn() { return givenOn; }
    public Long givenByAccountId() { return givenByAccountId; }
    public String givenByName() { return givenByName; }
    public LocalDate expiresOn() { return expiresOn; }
    public OffsetDateTime recordedAt() { return recordedAt; }
    public Long recordedById() { return recordedById; }
    public ConsentSource source() { return source; }
    public OffsetDateTime revokedAt() { return revokedAt; }
    public Long revokedById() { return revokedById; }
    public String revokedByName() { return revokedByName; }
    public OffsetDateTime expiryHandledAt() { return expiryHandledAt; }
}
