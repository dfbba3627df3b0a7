package org.chalkpress.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.media.MediaRendition;
import org.chalkpress.media.MediaUses;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteCache;

/**
 * Serves library media: {@code /media/{site}/{id}} (the largest rendition) and {@code /media/{site}/{id}/{width}}.
 * A viewer sees an item when they write on the site (the library) or may read a published page showing it;
 * anyone else gets 404, as if it did not exist. Withdrawn media answers 410 Gone. The URL names the item, not
 * its bytes (blurring faces changes them), so caches revalidate with the content hash as ETag.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final String PUBLIC = "public, no-cache";
    private static final String PRIVATE = "private, no-cache";

    @Inject
    SiteCache sites;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    MediaLibrary library;

    @Inject
    MediaUses uses;

    @Inject
    BlobStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "" : request.getPathInfo()).split("/");
        Optional<ClassSite> site = path.length >= 3 ? sites.site(path[1]) : Optional.empty();
        Optional<MediaItem> found = site.isPresent() && path[2].matches("[0-9]{1,18}")
                ? library.find(Long.parseLong(path[2])).filter(m -> m.siteId().equals(site.get().id()))
                : Optional.empty();
        if (found.isEmpty() || path.length > 4) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaItem item = found.get();
        Viewer viewer = currentViewer.viewer();
        boolean author = access.canAuthor(viewer, site.get());
        Set<Audience> showing = uses.audiencesShowing(item.id());
        boolean readable = author || showing.stream().anyMatch(a -> access.canRead(viewer, site.get(), a));
        if (!readable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (item.withdrawn()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_GONE, "This media was withdrawn.");
            return;
        }
        String cacheControl = showing.contains(Audience.PUBLIC) ? PUBLIC : PRIVATE;
        if (path.length == 4 && path[3].equals("captions.vtt")) {
            captions(item, response, cacheControl);
            return;
        }
        String key = item.blobKey();
        if (path.length == 4) {
            Optional<MediaRendition> rendition = path[3].matches("[0-9]{1,5}")
                    ? item.rendition(Integer.parseInt(path[3])) : Optional.empty();
            if (rendition.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            key = rendition.get().blobKey();
        }
        ByteRangeResponse.write(request, response, store, new BlobKey(key), item.type().mimeType(), cacheControl);
    }

    private static void captions(MediaItem item, HttpServletResponse response, String cacheControl)
            throws IOException {
        if (!item.hasCaptions()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] vtt = item.captions().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/vtt;charset=UTF-8");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(vtt.length);
        response.getOutputStream().write(vtt);
    }
}
