package org.chalkpress.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times something was tried per key (an account, a network address) within a sliding window, for
 * limits such as "five wrong codes an hour". In memory: one node.
 */
public final class RecentAttempts {

    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public RecentAttempts(Duration window) {
        this.window = window;
    }

    public int count(String key, Instant now) {
        Deque<Instant> times = attempts.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    public void add(String key, Instant now) {
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }
}
