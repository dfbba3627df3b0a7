package org.chalkpress.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * The editors' "insert media" list (teach/media-picker.xhtml): the site's photos, videos and recordings,
 * withdrawn media left out. Only the class's teachers see it; a student's wiki editor shows none.
 */
@Named
@RequestScoped
public class MediaPickerBean {

    @Inject
    MediaLibrary library;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    ChalkpressConfig config;

    /** The platform's public address, put before inserted media so the rich-text editor keeps it. */
    public String getBaseUrl() {
        return config.baseUrl();
    }

    public boolean canInsert(String siteSlug) {
        return siteFor(siteSlug) != null;
    }

    public List<MediaItem> itemsFor(String siteSlug) {
        ClassSite site = siteFor(siteSlug);
        if (site == null) {
            return List.of();
        }
        return library.library(currentViewer.viewer(), site).stream()
                .filter(item -> !item.withdrawn())
                .toList();
    }

    private ClassSite siteFor(String siteSlug) {
        ClassSite site = siteSlug == null ? null : directory.site(siteSlug).orElse(null);
        return site == null || !access.canAuthor(currentViewer.viewer(), site) ? null : site;
    }
}
