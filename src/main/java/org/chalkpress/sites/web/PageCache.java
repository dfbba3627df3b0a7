package org.chalkpress.sites.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Set;
import org.chalkpress.policy.Audience;

/**
 * Rendered reading pages for anonymous visitors, who all see the same page: rendering a post (queries,
 * HTML, encoding) costs far more than sending it. A page is kept under its site, the audiences it was
 * rendered for, the site's last change ({@link org.chalkpress.sites.SiteChanges}) and what was asked for;
 * a change to the site gives its pages new keys, so nothing stale is ever served, and old entries are
 * evicted as the cache reaches its size in bytes. Reads take no lock: every anonymous page view passes
 * here. Pages for signed-in readers are never kept: they differ by reader.
 */
@ApplicationScoped
public class PageCache {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** What an entry costs beyond its body (key, map node, record): keeps many tiny pages bounded too. */
    private static final int ENTRY_OVERHEAD = 256;

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

    private final Cache<Key, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, Page page) -> page.body().length + ENTRY_OVERHEAD)
            .build();

    public Page get(Key key) {
        return pages.getIfPresent(key);
    }

    public void put(Key key, Page page) {
        if (page.body().length > MAX_BYTES / 8) {
            return;
        }
        pages.put(key, page);
    }

    public long size() {
        return pages.estimatedSize();
    }
}
