package org.chalkpress.notify;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.chalkpress.platform.Clock;

/** Every minute, tries again the e-mails whose earlier attempt failed and whose wait is over. */
@Singleton
public class OutboxRetry {

    static final int BATCH = 100;

    @Inject
    NoticeOutbox outbox;

    @Inject
    MailSettings settings;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retryDue() {
        if (!settings.configured()) {
            return;
        }
        for (Long id : outbox.due(Clock.now(), BATCH)) {
            outbox.deliver(id);
        }
    }
}
