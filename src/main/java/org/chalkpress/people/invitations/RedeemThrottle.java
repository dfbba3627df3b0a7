package org.chalkpress.people.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops anyone from guessing invitation codes: a few wrong codes an hour per account and per network
 * address, then no more tries until the hour has passed. In memory: one node.
 */
@ApplicationScoped
public class RedeemThrottle {

    static final int WRONG_CODES_PER_HOUR = 5;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final ConcurrentHashMap<String, Deque<Instant>> wrong = new ConcurrentHashMap<>();

    /** @param accountId null for someone creating their account with the code */
    public boolean mayTry(Long accountId, String address, Instant now) {
        return (accountId == null || recent("account:" + accountId, now) < WRONG_CODES_PER_HOUR)
                && recent("address:" + address, now) < WRONG_CODES_PER_HOUR;
    }

    public void wrongCode(Long accountId, String address, Instant now) {
        if (accountId != null) {
            add("account:" + accountId, now);
        }
        add("address:" + address, now);
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = wrong.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = wrong.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }
}
