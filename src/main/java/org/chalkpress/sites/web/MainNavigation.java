package org.chalkpress.sites.web;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.people.Viewer;

/**
 * The main menu's links for one viewer, after "District home" and any class site's own links: the same on every
 * page, whether a Faces page ({@code page.xhtml}) or a reading page ({@link PageLayout}) draws it.
 */
public final class MainNavigation {

    /** One menu entry. */
    public record Link(String label, String href) {
    }

    private MainNavigation() {
    }

    public static List<Link> linksFor(Viewer viewer) {
        List<Link> links = new ArrayList<>();
        boolean signedIn = viewer.signedIn();
        if (signedIn && viewer.required().role().isStaff()) {
            links.add(new Link("My posts", "/teach/posts"));
            links.add(new Link("Podcast", "/teach/episodes"));
            links.add(new Link("Comments", "/teach/moderation"));
        }
        if (viewer.isCommunications()) {
            links.add(new Link("Sites", "/admin/sites"));
            links.add(new Link("Roster import", "/admin/roster"));
            links.add(new Link("Consent", "/admin/consent"));
            links.add(new Link("Audit log", "/admin/audit"));
            links.add(new Link("Findings", "/admin/dashboard"));
            links.add(new Link("Policy settings", "/admin/policy"));
            links.add(new Link("Reports of concern", "/admin/concerns"));
        }
        links.add(new Link("Social media policy", "/policy"));
        if (signedIn) {
            links.add(new Link(viewer.required().displayName(), "/account/home"));
            links.add(new Link("Sign out", "/sign-out"));
        } else {
            links.add(new Link("Sign in", "/sign-in"));
        }
        return links;
    }
}
