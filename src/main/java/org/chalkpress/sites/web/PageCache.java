package org.chalkpress.sites.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.Audience;

/**
 * Rendered reading pages for anonymous visitors, who all see the same page: rendering a post (queries,
 * HTML, encoding) costs far more than sending it. A page is kept under its site, the audiences it was
 * rendered for, the site's last change ({@link org.chalkpress.sites.SiteChanges}) and what was asked for;
 * a change to the site gives its pages new keys, so nothing stale is ever served, and the old entries
 * fall out of the least-recently-used end. Bounded by count and by bytes. Pages for signed-in readers are
 * never kept: they differ by reader.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_PAGES = 2_000;
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** What identifies a page: {@code page} is the route within the site, e.g. "posts/field-trip" or "?page=2". */
    public record Key(long siteId, Set<Audience> audiences, OffsetDateTime lastChange, String page) { }

    /** A rendered page: its content type and UTF-8 body. */
    public record Page(String contentType, byte[] body) {

        public void writeTo(HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public synchronized Page get(Key key) {
        return pages.get(key);
    }

    public synchronized void put(Key key, Page page) {
        if (page.body().length > MAX_BYTES / 8) {
            return;
        }
        Page previous = pages.put(key, page);
        bytes += page.body().length - (previous == null ? 0 : previous.body().length);
        Iterator<Map.Entry<Key, Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > MAX_PAGES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    public synchronized int size() {
        return pages.size();
    }
}
