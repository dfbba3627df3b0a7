package org.chalkpress.sites;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.chalkpress.platform.Clock;

/**
 * When each site last changed in a way readers can see. Reading pages use it for ETag and Last-Modified,
 * so a conditional request is answered 304 without touching the database, and the reading caches
 * ({@link SiteCache}, the page cache) use it to know when what they hold is out of date. One node keeps it
 * in memory. Whatever readers can see of a site (its posts, title, official mark) must call
 * {@link #touched} when it changes.
 *
 * <p>A change is stamped twice: when it is made and again once its transaction has committed. A reader who
 * read the first stamp may still have seen the old rows; the second stamp, strictly later, makes sure no
 * ETag or cached page pairs the final stamp with content from before the commit.
 */
@ApplicationScoped
public class SiteChanges {

    private final OffsetDateTime started = Clock.now();
    private final ConcurrentHashMap<Long, OffsetDateTime> lastChange = new ConcurrentHashMap<>();
    private final AtomicReference<OffsetDateTime> newest = new AtomicReference<>(started);

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void touched(Long siteId) {
        stamp(siteId);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        stamp(siteId);
                    }
                }
            });
        }
    }

    /** The last visible change; before any change since start-up, the start-up time. */
    public OffsetDateTime lastChange(Long siteId) {
        return lastChange.getOrDefault(siteId, started);
    }

    /** The newest change on any site, for the district's front page and caches that span sites. */
    public OffsetDateTime lastChangeAnywhere() {
        return newest.get();
    }

    /** Each stamp is strictly later than the one before, even within one clock tick. */
    private void stamp(Long siteId) {
        OffsetDateTime now = Clock.now();
        OffsetDateTime stamped = lastChange.merge(siteId, now, (old, fresh) -> later(old, fresh));
        newest.accumulateAndGet(stamped, SiteChanges::later);
    }

    private static OffsetDateTime later(OffsetDateTime old, OffsetDateTime fresh) {
        return fresh.isAfter(old) ? fresh : old.plusNanos(1_000);
    }
}
