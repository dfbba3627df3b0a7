package org.chalkpress.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A person follows a class's new posts by e-mail. */
@Entity
@Table(name = "class_subscription")
@IdClass(ClassSubscription.Key.class)
public class ClassSubscription {

    /** The composite key. */
    public static class Key implements Serializable {
        private Long accountId;
        private Long siteId;

        public Key() {
        }

        public Key(Long accountId, Long siteId) {
            this.accountId = accountId;
            this.siteId = siteId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(siteId, k.siteId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, siteId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ClassSubscription() {
    }

    ClassSubscription(Long accountId, Long siteId, OffsetDateTime createdAt) {
        this.accountId = accountId;
        this.siteId = siteId;
        this.createdAt = createdAt;
    }

    public Long accountId() { return accountId; }
    public Long siteId() { return siteId; }
}
