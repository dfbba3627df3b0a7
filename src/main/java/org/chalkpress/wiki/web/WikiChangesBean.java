package org.chalkpress.wiki.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.wiki.PendingChange;
import org.chalkpress.wiki.WikiService;
import org.chalkpress.platform.web.FacesFeedback;

/** A student's own proposed wiki edits and what the teacher decided (learn/wiki-changes.xhtml). */
@Named
@RequestScoped
public class WikiChangesBean {

    @Inject
    WikiService wiki;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    private String siteSlug;
    private List<PendingChange> changes = List.of();

    public void load() throws IOException {
        try {
            changes = wiki.myChanges(currentViewer.viewer(), directory.site(siteSlug == null ? "" : siteSlug)
                    .orElseThrow(() -> new NotFoundException("No such site.")));
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
        }
    }

    public String status(PendingChange change) {
        return switch (change.status()) {
            case PENDING -> "Waiting for your teacher";
            case APPROVED -> "Approved and on the page";
            case REJECTED -> "Not accepted: " + change.reason();
        };
    }

    public String getSiteSlug() { return siteSlug; }
    public void setSiteSlug(String siteSlug) { this.siteSlug = siteSlug; }
    public List<PendingChange> getChanges() { return changes; }
}
