package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentThrottleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private final CommentThrottle throttle = new CommentThrottle(3, 5, 24);

    private static CommentThrottle.Sent sent(int minutesAgo, String text) {
        return new CommentThrottle.Sent(NOW.minusMinutes(minutesAgo), new CommentText(text).normalised());
    }

    private Optional<String> check(List<CommentThrottle.Sent> recent, String text) {
        return throttle.check(recent, new CommentText(text), NOW);
    }

    @Test
    void aFewCommentsGoThrough() {
        assertEquals(Optional.empty(), check(List.of(sent(1, "one"), sent(2, "two")), "three"));
    }

    @Test
    void oneTooManyWithinTheWindowIsAskedToSlowDown() {
        Optional<String> wait = check(List.of(sent(1, "one"), sent(2, "two"), sent(4, "three")), "four");
        assertTrue(wait.orElseThrow().contains("slow down"));
    }

    @Test
    void commentsOlderThanTheWindowDoNotCount() {
        assertEquals(Optional.empty(), check(List.of(sent(1, "one"), sent(2, "two"), sent(6, "three")), "four"));
    }

    @Test
    void theSameTextAgainIsRefusedForADayWhateverItsCase() {
        assertTrue(check(List.of(sent(600, "Birds are cool")), "birds are COOL!").orElseThrow().contains("already sent"));
        assertEquals(Optional.empty(), check(List.of(sent(25 * 60, "Birds are cool")), "Birds are cool"));
    }
}
