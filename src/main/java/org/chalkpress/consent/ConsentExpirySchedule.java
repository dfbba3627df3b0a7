package org.chalkpress.consent;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every night, ends the releases whose last day has passed, and withdraws what showed those people. */
@Singleton
public class ConsentExpirySchedule {

    @Inject
    ConsentRegistry registry;

    @Schedule(hour = "0", minute = "23", persistent = false)
    void expireReleases() {
        registry.expireDue(ConsentRegistry.today());
    }
}
