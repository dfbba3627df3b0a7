package org.chalkpress.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class sites that reading pages look up by slug, kept in memory: every page view needs its site, and
 * asking the database each time was the largest part of an anonymous page view.
 *
 * <p>An entry is good while no site has changed since it was loaded ({@link SiteChanges#lastChangeAnywhere},
 * read <em>before</em> the load, so a change committed during the load makes the entry stale at once).
 * Site changes are rare, and reloading a site is one query. Only sites that exist are kept, so the map
 * holds at most one entry per class site. The sites handed out are detached and shared between requests:
 * read them, never change them (changes go through {@link SiteDirectory} in a transaction).
 */
@ApplicationScoped
public class SiteCache {

    private record Entry(ClassSite site, OffsetDateTime loadedAt) { }

    @Inject
    SiteDirectory directory;

    @Inject
    SiteChanges changes;

    private final ConcurrentHashMap<String, Entry> bySlug = new ConcurrentHashMap<>();

    public Optional<ClassSite> site(String slug) {
        OffsetDateTime current = changes.lastChangeAnywhere();
        Entry entry = bySlug.get(slug);
        if (entry != null && entry.loadedAt().equals(current)) {
            return Optional.of(entry.site());
        }
        Optional<ClassSite> site = directory.site(slug);
        if (site.isPresent()) {
            bySlug.put(slug, new Entry(site.get(), current));
        } else {
            bySlug.remove(slug);
        }
        return site;
    }
}
