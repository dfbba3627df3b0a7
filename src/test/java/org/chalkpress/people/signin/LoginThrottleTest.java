package org.chalkpress.people.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aFewMistakesCostNothing() {
        throttle.failed("ms.hill", "10.1.1.1", t0);
        throttle.failed("ms.hill", "10.1.1.1", t0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("ms.hill", "10.1.1.1", t0));
    }

    @Test
    void repeatedFailuresMakeEachNextAttemptWaitLonger() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("ms.hill", "10.1.1.1", t0);
        }
        Duration first = throttle.waitBeforeAttempt("ms.hill", "10.1.1.1", t0);
        throttle.failed("ms.hill", "10.1.1.1", t0);
        throttle.failed("ms.hill", "10.1.1.1", t0);
        Duration later = throttle.waitBeforeAttempt("ms.hill", "10.1.1.1", t0);
        assertTrue(first.compareTo(Duration.ZERO) > 0);
        assertTrue(later.compareTo(first) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("ms.hill", "10.1.1.1", t0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void guessingManyUsernamesFromOneAddressIsSlowedToo() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("user" + i, "10.9.9.9", t0);
        }
        assertTrue(throttle.waitBeforeAttempt("someone-new", "10.9.9.9", t0).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone-new", "10.1.1.1", t0));
    }

    @Test
    void aSuccessfulSignInClearsTheUsernamesCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ms.hill", "10.1.1.1", t0);
        }
        throttle.succeeded("ms.hill");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("ms.hill", "10.2.2.2", t0));
    }
}
