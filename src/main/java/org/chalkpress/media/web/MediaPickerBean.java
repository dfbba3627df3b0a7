package org.chalkpress.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** The post editor's "insert media" list (teach/media-picker.xhtml): the site's library, withdrawn media left out. */
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

    public List<MediaItem> itemsFor(String siteSlug) {
        ClassSite site = siteSlug == null ? null : directory.site(siteSlug).orElse(null);
        if (site == null || !access.canAuthor(currentViewer.viewer(), site)) {
            return List.of();
        }
        return library.library(currentViewer.viewer(), site).stream()
                .filter(item -> !item.withdrawn() && item.isImage())
                .toList();
    }
}
