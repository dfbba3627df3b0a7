package org.chalkpress.blog;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.chalkpress.platform.Clock;

/** Every minute, publishes the scheduled posts that are due — each through the publish gate, as its author. */
@Singleton
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Inject
    BlogService blog;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void publishDuePosts() {
        int published = blog.publishDue(Clock.now());
        if (published > 0) {
            LOG.info(() -> "Published " + published + " scheduled post(s)");
        }
    }
}
