package org.chalkpress.sites.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.web.FormTokens;
import org.chalkpress.policy.Audience;

/**
 * ETag and Last-Modified for reading pages. A page changes when its site changes, and differs by who reads
 * it, so the tag combines the site's last change, the readable audiences and the reader (and, for a signed-in
 * reader, the week of the page's form tokens).
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /** Sets the validators; true (and a 304 sent) when the client's copy is still current. */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, Viewer viewer,
                                      Set<Audience> audiences, OffsetDateTime lastChange) {
        long micros = lastChange.toEpochSecond() * 1_000_000 + lastChange.getNano() / 1_000;
        int mask = 0;
        for (Audience audience : audiences) {
            mask |= 1 << audience.ordinal();
        }
        // A signed-in reader's page carries form tokens, which last a week or two: a new week, a new page.
        String etag = "W/\"" + Long.toString(micros, 36) + "-" + mask
                + (viewer.signedIn() ? "-" + viewer.id() + "-" + FormTokens.week(Instant.now()) : "") + "\"";
        long lastModified = lastChange.toInstant().toEpochMilli() / 1000 * 1000;
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", viewer.signedIn() ? "private, no-cache" : "public, no-cache");
        response.setHeader("Vary", "Cookie, Authorization");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.contains(etag);
        } else {
            long since = request.getDateHeader("If-Modified-Since");
            current = since >= 0 && since >= lastModified && !viewer.signedIn();
        }
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }
}
