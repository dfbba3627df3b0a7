package org.chalkpress.concerns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportThrottleTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void anAddressMaySendAFewReportsAnHourThenWaits() {
        ReportThrottle throttle = new ReportThrottle();
        for (int i = 0; i < ReportThrottle.ANONYMOUS_PER_HOUR; i++) {
            assertTrue(throttle.allow(null, "198.51.100.1", now));
        }
        assertFalse(throttle.allow(null, "198.51.100.1", now));
        assertTrue(throttle.allow(null, "198.51.100.2", now), "another address is not affected");
        assertTrue(throttle.allow(null, "198.51.100.1", now.plus(Duration.ofMinutes(61))), "an hour later");
    }

    @Test
    void aSignedInPersonIsCountedByAccountWithAHigherLimit() {
        ReportThrottle throttle = new ReportThrottle();
        for (int i = 0; i < ReportThrottle.SIGNED_IN_PER_HOUR; i++) {
            assertTrue(throttle.allow(42L, "198.51.100.1", now));
        }
        assertFalse(throttle.allow(42L, "198.51.100.9", now), "a new address does not reset a person's count");
        assertTrue(throttle.allow(null, "198.51.100.1", now), "nor does it use up the address's anonymous reports");
    }
}
