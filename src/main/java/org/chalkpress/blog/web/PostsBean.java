package org.chalkpress.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.blog.BlogService;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** A teacher's desk (teach/posts.xhtml): their class sites and every post on them, drafts included. */
@Named
@RequestScoped
public class PostsBean {

    @Inject
    BlogService blog;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    /** One class site and its posts. */
    public record SitePosts(ClassSite site, List<ContentItem> posts) { }

    private List<SitePosts> sites;

    public List<SitePosts> getSites() {
        if (sites == null) {
            Viewer viewer = currentViewer.viewer();
            sites = directory.sitesOf(viewer.required()).stream()
                    .filter(site -> access.canAuthor(viewer, site))
                    .map(site -> new SitePosts(site, blog.postsForEditing(viewer, site)))
                    .toList();
        }
        return sites;
    }
}
