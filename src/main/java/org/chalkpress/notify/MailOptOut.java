package org.chalkpress.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A topic a person no longer wants e-mail about. */
@Entity
@Table(name = "mail_opt_out")
@IdClass(MailOptOut.Key.class)
public class MailOptOut {

    /** The composite key. */
    public static class Key implements Serializable {
        private Long accountId;
        private String topic;

        public Key() {
        }

        public Key(Long accountId, String topic) {
            this.accountId = accountId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(topic, k.topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, topic);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "topic")
    private String topic;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MailOptOut() {
    }

    MailOptOut(Long accountId, String topic, OffsetDateTime createdAt) {
        this.accountId = accountId;
        this.topic = topic;
        this.createdAt = createdAt;
    }

    public String topic() { return topic; }
}
