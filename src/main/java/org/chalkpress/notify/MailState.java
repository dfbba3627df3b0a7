package org.chalkpress.notify;

/** Where a notice's e-mail stands. */
public enum MailState {
    PENDING, SENT, FAILED, NOT_MAILED
}
