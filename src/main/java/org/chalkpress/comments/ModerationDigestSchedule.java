package org.chalkpress.comments;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every school morning the teachers hear about comments waiting for them. */
@Singleton
public class ModerationDigestSchedule {

    @Inject
    ModerationDigest digest;

    @Schedule(dayOfWeek = "Mon-Fri", hour = "6", minute = "30", persistent = false)
    void sendDigests() {
        digest.send();
    }
}
