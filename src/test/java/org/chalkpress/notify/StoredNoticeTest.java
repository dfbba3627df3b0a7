package org.chalkpress.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoredNoticeTest {

    private static StoredNotice pending() {
        return new StoredNotice(new Notice(7L, "concerns", "Subject", "Text", "/teach/posts"), true);
    }

    @Test
    void withoutAMailServerANoticeIsOnlyKeptForTheApp() {
        StoredNotice kept = new StoredNotice(new Notice(7L, "concerns", "Subject", "Text", null), false);
        assertEquals(MailState.NOT_MAILED, kept.mailState());
        assertNull(kept.nextAttemptAt());
    }

    @Test
    void eachFailedSendWaitsTwiceAsLongThenGivesUp() {
        StoredNotice notice = pending();
        notice.failed("connection refused");
        Duration first = Duration.between(notice.createdAt(), notice.nextAttemptAt());
        notice.failed("connection refused");
        Duration second = Duration.between(notice.createdAt(), notice.nextAttemptAt());
        assertTrue(first.toSeconds() >= 55 && first.toSeconds() <= 65, first.toString());
        assertTrue(second.toSeconds() >= 115 && second.toSeconds() <= 125, second.toString());
        for (int i = 2; i < StoredNotice.MAX_ATTEMPTS; i++) {
            notice.failed("connection refused");
        }
        assertEquals(MailState.FAILED, notice.mailState());
        assertNull(notice.nextAttemptAt());
        assertEquals("connection refused", notice.lastError());
    }

    @Test
    void aSentNoticeLeavesTheOutbox() {
        StoredNotice notice = pending();
        notice.failed("timeout");
        notice.sent();
        assertEquals(MailState.SENT, notice.mailState());
        assertEquals(2, notice.attempts());
        assertNull(notice.nextAttemptAt());
        assertNull(notice.lastError());
    }
}
