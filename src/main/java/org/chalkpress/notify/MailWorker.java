package org.chalkpress.notify;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sends a notice's e-mail on a container worker thread. An EJB asynchronous call runs in an invocation of its
 * own; a task handed to the managed executor shares the caller's, and finishing it closed the caller's
 * non-transactional EntityManager while the caller was still using it.
 */
@Stateless
public class MailWorker {

    @Inject
    NoticeOutbox outbox;

    @Asynchronous
    public void deliver(long noticeId) {
        outbox.deliver(noticeId);
    }
}
