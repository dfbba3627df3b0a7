package org.chalkpress.sites.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteAdministration;
import org.chalkpress.sites.SiteDirectory;

/** A class site's settings (teach/site-settings.xhtml); the official mark is for communications staff only. */
@Named
@ViewScoped
public class SiteSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    SiteAdministration administration;

    @Inject
    CurrentViewer currentViewer;

    private String slug;
    private Long siteId;
    private String title;
    private String defaultAudience;
    private boolean surnamesInPublic;
    private boolean official;

    public void load() throws IOException {
        ClassSite site = directory.site(slug == null ? "" : slug).orElse(null);
        if (site == null || !access.canAuthor(currentViewer.viewer(), site)) {
            FacesFeedback.notFound();
            return;
        }
        fill(site);
    }

    public void save() {
        fill(administration.changeSettings(currentViewer.viewer(), siteId, Audience.fromCode(defaultAudience),
                surnamesInPublic));
        FacesFeedback.info("Settings saved.");
    }

    public void toggleOfficial() {
        try {
            fill(administration.markOfficial(currentViewer.viewer(), siteId, !official));
            FacesFeedback.info(official ? "Marked official: the site now carries the district's official badge."
                    : "No longer official: the site shows the district's standard disclaimer.");
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    private void fill(ClassSite site) {
        siteId = site.id();
        slug = site.slug();
        title = site.title();
        defaultAudience = site.defaultAudience().code();
        surnamesInPublic = site.surnamesInPublic();
        official = site.official();
    }

    public boolean isCanMarkOfficial() {
        return currentViewer.viewer().isCommunications();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public String getDefaultAudience() { return defaultAudience; }
    public void setDefaultAudience(String value) { this.defaultAudience = value; }
    public boolean isSurnamesInPublic() { return surnamesInPublic; }
    public void setSurnamesInPublic(boolean value) { this.surnamesInPublic = value; }
    public boolean isOfficial() { return official; }
}
