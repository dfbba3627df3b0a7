package org.chalkpress.podcast;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/**
 * A parent's private address for a class-audience podcast, for podcast apps that cannot sign in. Only the
 * token's SHA-256 is kept; the parent can revoke it from their account page, and a revoked address is 404.
 */
@Entity
@Table(name = "podcast_parent_feed")
public class ParentFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "parent_id", nullable = false)
    private Long parentId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ParentFeed() {
    }

    public ParentFeed(Long siteId, Long parentId, String tokenHash) {
        this.siteId = siteId;
        this.parentId = parentId;
        this.tokenHash = tokenHash;
        this.createdAt = Clock.now();
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Clock.now();
        }
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long parentId() { return parentId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public boolean revoked() { return revokedAt != null; }
}
