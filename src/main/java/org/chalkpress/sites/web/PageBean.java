package org.chalkpress.sites.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.theme.Theme;

/** What the page template needs: the district's theme and who is signed in. */
@Named("page")
@RequestScoped
public class PageBean {

    @Inject
    Branding branding;

    @Inject
    CurrentViewer currentViewer;

    public Theme getTheme() {
        return branding.district();
    }

    public Viewer getViewer() {
        return currentViewer.viewer();
    }

    public boolean isSignedIn() {
        return getViewer().signedIn();
    }

    public boolean isStaff() {
        return getViewer().signedIn() && getViewer().required().role().isStaff();
    }

    public boolean isCommunications() {
        return getViewer().isCommunications();
    }

    public String getDisplayName() {
        return getViewer().account().map(a -> a.displayName()).orElse("");
    }
}
