package org.chalkpress.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.chalkpress.people.CurrentViewer;

/**
 * Two checks before any API call: bodies over the size limit are refused (413), and a change made with a
 * browser session cookie must carry the X-Requested-With header, which other sites' pages cannot add
 * without CORS approval (CSRF). Application-password clients send no cookie and need no header.
 */
@Provider
public class ApiGuard implements ContainerRequestFilter {

    static final long MAX_BODY = 1_000_000;
    static final long MAX_UPLOAD = 25_000_000;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CurrentViewer currentViewer;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.startsWith("roster") || path.startsWith("consent/import") ? MAX_UPLOAD : MAX_BODY;
        if (request.getLength() > limit) {
            request.abortWith(Problem.of(413, "Request too large", "The request body is " + request.getLength()
                    + " bytes; the limit here is " + limit + " bytes."));
            return;
        }
        boolean basic = request.getHeaderString("Authorization") != null;
        if (!SAFE.contains(request.getMethod()) && !basic && currentViewer.viewer().signedIn()
                && request.getHeaderString("X-Requested-With") == null) {
            request.abortWith(Problem.of(403, "Missing X-Requested-With header",
                    "Requests that change data with a browser session must send 'X-Requested-With: chalkpress'."));
        }
    }
}
