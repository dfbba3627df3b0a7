package org.chalkpress.notify;

import java.util.Objects;

/**
 * Something a person should be told about ("your photo was withdrawn", "a comment waits for you"), fired as a
 * CDI event by the feature it concerns. The notification service delivers it (e-mail, where the person has an
 * address and has not unsubscribed from that topic); features never send mail themselves.
 *
 * @param link absolute path inside the platform (e.g. {@code /teach/posts}) the message points to, or null
 */
public record Notice(long recipientAccountId, String topic, String subject, String text, String link) {

    public Notice {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
