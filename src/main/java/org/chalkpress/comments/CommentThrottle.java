package org.chalkpress.comments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Slows down bursts of comments and the same comment sent again (clause CLASSROOM: a flood of comments is
 * not considerate). Plain Java: the author's recent comments in, the reason to wait out.
 */
public final class CommentThrottle {

    /** One of the author's comments that reached the queue or the page. */
    public record Sent(OffsetDateTime at, String normalisedText) { }

    private final int burstCount;
    private final int burstMinutes;
    private final int repeatHours;

    public CommentThrottle(int burstCount, int burstMinutes, int repeatHours) {
        if (burstCount < 1 || burstMinutes < 1 || repeatHours < 0) {
            throw new IllegalArgumentException("Throttle limits must be positive.");
        }
        this.burstCount = burstCount;
        this.burstMinutes = burstMinutes;
        this.repeatHours = repeatHours;
    }

    /** How far back the service must look for this throttle to decide. */
    public OffsetDateTime lookBackFrom(OffsetDateTime now) {
        return now.minusMinutes(Math.max(burstMinutes, repeatHours * 60L));
    }

    /** Why this comment must wait, in the author's words; empty when it may go. */
    public Optional<String> check(List<Sent> recent, CommentText text, OffsetDateTime now) {
        String normalised = text.normalised();
        OffsetDateTime repeatSince = now.minusHours(repeatHours);
        boolean repeated = recent.stream()
                .anyMatch(s -> s.at().isAfter(repeatSince) && s.normalisedText().equals(normalised));
        if (repeated) {
            return Optional.of("You have already sent this comment. Try saying something new.");
        }
        OffsetDateTime burstSince = now.minusMinutes(burstMinutes);
        long inBurst = recent.stream().filter(s -> s.at().isAfter(burstSince)).count();
        if (inBurst >= burstCount) {
            return Optional.of("You are sending comments very quickly. Please slow down and try again in a minute"
                    + " — your comment is kept here.");
        }
        return Optional.empty();
    }
}
