package org.chalkpress.media.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;

/**
 * Writes one stored blob as an HTTP response, the way browsers and podcast players expect media: the type,
 * the length, the content hash as a strong ETag, caching headers, and byte ranges (RFC 9110 §14) so a video
 * can be scrubbed and an episode resumed. One range at a time; a request for several gets the whole file,
 * which the RFC allows. HEAD answers the same headers without a body.
 */
public final class ByteRangeResponse {

    /** For URLs that contain the content hash: the bytes behind them never change. */
    public static final String IMMUTABLE_PUBLIC = "public, max-age=31536000, immutable";
    /** As {@link #IMMUTABLE_PUBLIC}, for media only signed-in members may see: no shared caches. */
    public static final String IMMUTABLE_PRIVATE = "private, max-age=31536000, immutable";

    private static final int BUFFER = 64 * 1024;

    private ByteRangeResponse() {
    }

    /**
     * Answers {@code request} with the blob under {@code key}: 200, 206 for a satisfiable single range, 304 when
     * the client's copy is current, 416 for a range past the end, 404 when nothing is stored.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, BlobStore store,
                             BlobKey key, String contentType, String cacheControl) throws IOException {
        OptionalLong stored = store.size(key);
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long size = stored.getAsLong();
        String etag = '"' + key.hex() + '"';
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Range range = Range.parse(rangeHeaderToHonour(request, etag), size);
        if (range == Range.UNSATISFIABLE) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setContentType(contentType);
        long start = 0;
        long length = size;
        if (range != null) {
            start = range.first();
            length = range.last() - range.first() + 1;
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
        }
        response.setContentLengthLong(length);
        if ("HEAD".equalsIgnoreCase(request.getMethod())) {
            return;
        }
        try (InputStream in = store.open(key, start)) {
            copy(in, response.getOutputStream(), length);
        }
    }

    /** The Range header, unless If-Range names another version (then the whole, current file is sent). */
    private static String rangeHeaderToHonour(HttpServletRequest request, String etag) {
        String range = request.getHeader("Range");
        String ifRange = request.getHeader("If-Range");
        if (range == null || ifRange == null) {
            return range;
        }
        // Only a strong ETag can validate a range; a date (we send no Last-Modified) or another tag cannot.
        return ifRange.strip().equals(etag) ? range : null;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }

    /** One byte range, both ends inclusive, within a file of known size. */
    record Range(long first, long last) {

        static final Range UNSATISFIABLE = new Range(-1, -1);

        /**
         * The single range asked for: null to send the whole file (no header, a malformed one, or several
         * ranges), {@link #UNSATISFIABLE} when it lies wholly past the end.
         */
        static Range parse(String header, long size) {
            if (header == null) {
                return null;
            }
            String value = header.strip();
            if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
                return null;
            }
            String spec = value.substring(6).strip();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            try {
                String from = spec.substring(0, dash).strip();
                String to = spec.substring(dash + 1).strip();
                if (from.isEmpty()) {
                    long suffix = Long.parseLong(to);
                    if (suffix <= 0 || size == 0) {
                        return suffix < 0 ? null : UNSATISFIABLE;
                    }
                    return new Range(Math.max(0, size - suffix), size - 1);
                }
                long first = Long.parseLong(from);
                long last = to.isEmpty() ? Long.MAX_VALUE : Long.parseLong(to);
                if (first < 0 || last < first) {
                    return null;
                }
                if (first >= size) {
                    return UNSATISFIABLE;
                }
                return new Range(first, Math.min(last, size - 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
