package org.chalkpress.sites.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.theme.Theme;

/** What the page template needs: the district's theme and the signed-in viewer's menu. */
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

    /** The main menu after "District home" (see {@link MainNavigation}). */
    public List<MainNavigation.Link> getNavigation() {
        return MainNavigation.linksFor(currentViewer.viewer());
    }
}
