package org.chalkpress.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failures for a username (or from an address) each further
 * attempt must wait twice as long as the last, up to fifteen minutes. A success clears the username.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) { }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long this caller must still wait before trying again; zero when they may try now. */
    public Duration waitBeforeAttempt(String username, String address, Instant now) {
        Duration byName = remaining(key("user", username), now);
        Duration byAddress = remaining(key("addr", address), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    public void failed(String username, String address, Instant now) {
        failures.merge(key("user", username), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
        failures.merge(key("addr", address), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key("user", username));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(f.count - FREE_ATTEMPTS, 10));
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(Locale.ROOT));
    }
}
