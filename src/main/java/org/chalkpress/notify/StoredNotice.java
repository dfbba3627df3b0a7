package org.chalkpress.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/** A {@link Notice} as kept: in the person's list in the app, and in the outbox until its e-mail is sent. */
@Entity
@Table(name = "notice")
public class StoredNotice {

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected StoredNotice() {
    }

    StoredNotice(Notice notice, boolean toMail) {
        this.recipientId = notice.recipientAccountId();
        this.topic = cut(notice.topic(), 120);
        this.subject = cut(notice.subject(), 300);
        this.body = cut(notice.text(), 20000);
        this.link = notice.link() == null ? null : cut(notice.link(), 1000);
        this.createdAt = Clock.now();
        this.mailState = toMail ? MailState.PENDING : MailState.NOT_MAILED;
        this.nextAttemptAt = toMail ? createdAt.plusMinutes(1) : null;
    }

    void sent() {
        this.attempts++;
        this.mailState = MailState.SENT;
        this.sentAt = Clock.now();
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** Tries again later, waiting twice as long each time (1, 2, 4… minutes), then gives up. */
    void failed(String error) {
        this.attempts++;
        this.lastError = cut(error == null ? "unknown error" : error, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            this.mailState = MailState.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = Clock.now().plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    void notMailed(String why) {
        this.mailState = MailState.NOT_MAILED;
        this.nextAttemptAt = null;
        this.lastError = why;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() { return id; }
    public Long recipientId() { return recipientId; }
    public String topic() { return topic; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String link() { return link; }
    public OffsetDateTime createdAt() { return createdAt; }
    public MailState mailState() { return mailState; }
    public int attempts() { return attempts; }
    public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
    public OffsetDateTime sentAt() { return sentAt; }
    public String lastError() { return lastError; }
}
