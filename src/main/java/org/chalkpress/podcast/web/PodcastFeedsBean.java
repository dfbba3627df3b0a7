package org.chalkpress.podcast.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.podcast.ParentFeed;
import org.chalkpress.podcast.ParentFeeds;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/** A parent's private podcast addresses (account/podcast-feeds.xhtml): create one per class, revoke any. */
@Named
@ViewScoped
public class PodcastFeedsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParentFeeds feeds;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    ChalkpressConfig config;

    private String issuedAddress;

    /** The classes the parent's children are in. */
    public List<ClassSite> getSites() {
        Viewer viewer = currentViewer.viewer();
        return directory.sitesOf(viewer.required()).stream()
                .filter(site -> directory.isParentIn(viewer.id(), site.id())).toList();
    }

    public List<ParentFeed> getFeeds() {
        return feeds.of(currentViewer.viewer());
    }

    public String siteTitle(Long siteId) {
        return directory.site(siteId).map(ClassSite::title).orElse("");
    }

    public void create(String siteSlug) {
        try {
            ClassSite site = directory.site(siteSlug).orElseThrow(() -> new NotFoundException("No such class."));
            String token = feeds.issue(currentViewer.viewer(), site).token();
            issuedAddress = config.baseUrl() + "/sites/" + site.slug() + "/podcast/private/" + token + "/feed.xml";
            FacesFeedback.info("Your private podcast address is below. Copy it into your podcast app now: it is not"
                    + " shown again. Do not share it; anyone with it can listen.");
        } catch (NotFoundException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void revoke(long feedId) {
        feeds.revoke(currentViewer.viewer(), feedId);
        issuedAddress = null;
        FacesFeedback.info("Revoked. Podcast apps using that address can no longer fetch the class's episodes.");
    }

    public String getIssuedAddress() { return issuedAddress; }
}
