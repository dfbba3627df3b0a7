package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Delivers {@link Notice}s. Each is stored in the outbox inside the transaction of the action that fired it
 * (a rolled-back action stores and tells nothing; a committed one cannot lose its notice), and its e-mail is
 * sent on a worker thread once that transaction has committed, so a request never waits for the mail server.
 * Whatever fails stays in the outbox for {@link OutboxRetry}.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    NoticeOutbox outbox;

    @Inject
    Event<NoticeStored> stored;

    @Inject
    MailWorker worker;

    void onNotice(@Observes Notice notice) {
        StoredNotice kept = outbox.store(notice);
        if (kept.mailState() == MailState.PENDING) {
            stored.fire(new NoticeStored(kept.id()));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeStored notice) {
        try {
            worker.deliver(notice.id());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notice " + notice.id() + " will be mailed by the retry timer: " + e);
        }
    }
}
