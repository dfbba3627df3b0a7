package org.chalkpress.concerns;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the report form from being used to flood the queue: a few reports an hour from one address when
 * anonymous, more for a signed-in person (who is accountable for them). In memory: one node.
 */
@ApplicationScoped
public class ReportThrottle {

    static final int ANONYMOUS_PER_HOUR = 5;
    static final int SIGNED_IN_PER_HOUR = 20;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Counts a report and answers whether it is allowed. */
    public boolean allow(Long accountId, String address, Instant now) {
        String key = accountId != null ? "account:" + accountId : "address:" + address;
        int limit = accountId != null ? SIGNED_IN_PER_HOUR : ANONYMOUS_PER_HOUR;
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
