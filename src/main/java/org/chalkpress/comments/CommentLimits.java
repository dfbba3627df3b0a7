package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The numbers behind comment throttling and link moderation, in one place (README: Comments and moderation). */
@ApplicationScoped
public class CommentLimits {

    @Inject
    @ConfigProperty(name = "chalkpress.comments.burst.count", defaultValue = "5")
    int burstCount;

    @Inject
    @ConfigProperty(name = "chalkpress.comments.burst.minutes", defaultValue = "5")
    int burstMinutes;

    @Inject
    @ConfigProperty(name = "chalkpress.comments.repeat.hours", defaultValue = "24")
    int repeatHours;

    @Inject
    @ConfigProperty(name = "chalkpress.comments.links.before.moderation", defaultValue = "2")
    int linksBeforeModeration;

    /** At most this many comments… */
    public int burstCount() { return burstCount; }

    /** …in this many minutes, per author. */
    public int burstMinutes() { return burstMinutes; }

    /** The same text again within this many hours is refused. */
    public int repeatHours() { return repeatHours; }

    /** A comment with more links than this waits for a teacher, whoever wrote it. */
    public int linksBeforeModeration() { return linksBeforeModeration; }

    public CommentThrottle throttle() {
        return new CommentThrottle(burstCount, burstMinutes, repeatHours);
    }
}
