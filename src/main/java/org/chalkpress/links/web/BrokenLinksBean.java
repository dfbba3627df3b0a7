package org.chalkpress.links.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.links.BrokenLink;
import org.chalkpress.links.LinkCheckRecords;
import org.chalkpress.links.LinkRechecks;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** A class site's broken-link report (teach/broken-links.xhtml), for its teachers and communications staff. */
@Named
@ViewScoped
public class BrokenLinksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    LinkCheckRecords records;

    @Inject
    LinkRechecks rechecks;

    @Inject
    CurrentViewer currentViewer;

    private String slug;
    private Long siteId;
    private String title;
    private List<BrokenLink> links = List.of();

    public void load() throws IOException {
        ClassSite site = directory.site(slug == null ? "" : slug).orElse(null);
        if (site == null || !access.canAuthor(currentViewer.viewer(), site)) {
            FacesFeedback.notFound();
            return;
        }
        siteId = site.id();
        title = site.title();
        links = records.broken(siteId);
    }

    public void checkNow() {
        try {
            LinkRechecks.Summary summary = rechecks.recheckSite(currentViewer.viewer(), slug);
            links = records.broken(siteId);
            FacesFeedback.info("Checked " + summary.checked() + " link(s): " + summary.broken()
                    + " did not answer, " + summary.refused() + " lead somewhere the district does not allow.");
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public List<BrokenLink> getLinks() { return links; }
}
