package org.chalkpress.sites;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import org.chalkpress.platform.Clock;

/**
 * When each site last changed in a way readers can see. Reading pages use it for ETag and Last-Modified,
 * so a conditional request is answered 304 without touching the database. One node keeps it in memory.
 */
@ApplicationScoped
public class SiteChanges {

    private final OffsetDateTime started = Clock.now();
    private final ConcurrentHashMap<Long, OffsetDateTime> lastChange = new ConcurrentHashMap<>();

    public void touched(Long siteId) {
        lastChange.put(siteId, Clock.now());
    }

    /** The last visible change; before any change since start-up, the start-up time. */
    public OffsetDateTime lastChange(Long siteId) {
        return lastChange.getOrDefault(siteId, started);
    }

    /** The newest change on any site, for the district's front page. */
    public OffsetDateTime lastChangeAnywhere() {
        return lastChange.values().stream().max(OffsetDateTime::compareTo).orElse(started);
    }
}
