package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chalkpress.people.Account;

/**
 * Notices as stored: every one is kept for the person's list in the app; those to e-mail wait here as
 * PENDING until the SMTP server has taken them, retried with back-off when it fails.
 */
@ApplicationScoped
@Transactional
public class NoticeOutbox {

    private static final Logger LOG = Logger.getLogger(NoticeOutbox.class.getName());

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    /** Keeps the notice, in the caller's transaction when there is one. */
    public StoredNotice store(Notice notice) {
        StoredNotice stored = new StoredNotice(notice, settings.configured());
        em.persist(stored);
        em.flush();
        return stored;
    }

    /** Sends one notice's e-mail if it still waits; the row is locked so no two workers send it twice. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        StoredNotice notice = em.find(StoredNotice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null || notice.mailState() != MailState.PENDING) {
            return;
        }
        Account recipient = em.find(Account.class, notice.recipientId());
        if (recipient == null || !recipient.enabled() || recipient.email() == null || recipient.email().isBlank()) {
            notice.notMailed("no e-mail address");
            return;
        }
        if (em.find(MailOptOut.class, new MailOptOut.Key(recipient.id(), notice.topic())) != null) {
            notice.notMailed("unsubscribed from " + notice.topic());
            return;
        }
        try {
            delivery.send(notice, recipient.email());
            notice.sent();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail for notice " + id + " failed (attempt " + (notice.attempts() + 1) + ")", e);
            notice.failed(e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(OffsetDateTime now, int max) {
        return em.createQuery("select n.id from StoredNotice n where n.mailState = :pending"
                        + " and n.nextAttemptAt <= :now order by n.nextAttemptAt", Long.class)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The person's latest notices, newest first, for the list in the app. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredNotice> latestFor(long accountId, int max) {
        return em.createQuery("select n from StoredNotice n where n.recipientId = :who"
                        + " order by n.createdAt desc, n.id desc", StoredNotice.class)
                .setParameter("who", accountId)
                .setMaxResults(max)
                .getResultList();
    }
}
