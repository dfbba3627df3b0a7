package org.chalkpress.sites.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.theme.ThemeAsset;

/** Serves theme logos and stylesheets: /theme/{theme}/{file}, cached by browsers for a day. */
@WebServlet("/theme/*")
public class ThemeAssetServlet extends HttpServlet {

    @Inject
    Branding branding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        if (parts.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ThemeAsset> asset;
        try {
            asset = branding.asset(parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            asset = Optional.empty();
        }
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(asset.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // SVG logos are checked at load time; this keeps any that slipped through inert when opened directly.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.getOutputStream().write(asset.get().bytes());
    }
}
