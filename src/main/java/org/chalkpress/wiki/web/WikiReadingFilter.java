package org.chalkpress.wiki.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.comments.web.CommentSection;
import org.chalkpress.media.MediaEmbeds;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.web.ConditionalGet;
import org.chalkpress.sites.web.SiteSectionFilter;
import org.chalkpress.wiki.WikiPages;
import org.chalkpress.wiki.WikiSearch;
import org.chalkpress.wiki.WikiService;
import org.chalkpress.wiki.WikiViews.Lookup;
import org.chalkpress.wiki.WikiViews.PageView;

/**
 * A class wiki as readers see it: /sites/{site}/wiki/ (all pages), /wiki/{page}, /wiki/-/recent and
 * /wiki/-/search?q=. It sits in front of the blog's reading servlet and passes every other address on.
 * A page the viewer may not read answers exactly as one that does not exist.
 */
@WebFilter("/sites/*")
public class WikiReadingFilter extends SiteSectionFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteAccess access;

    @Inject
    WikiPages pages;

    @Inject
    WikiService wiki;

    @Inject
    WikiSearch search;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    SiteChanges changes;

    @Inject
    CommentSection comments;

    @Inject
    MediaEmbeds media;

    public WikiReadingFilter() {
        super("wiki");
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, ClassSite site, String rest)
            throws IOException {
        Viewer viewer = currentViewer.viewer();
        Set<Audience> audiences = access.readableAudiences(viewer, site);
        boolean editor = wiki.canEdit(viewer, site);
        if (!rest.startsWith("-/") && ConditionalGet.notModified(request, response, viewer, audiences,
                changes.lastChange(site.id()))) {
            return;
        }
        if (rest.isEmpty()) {
            html(response, site, viewer, "Class wiki · " + site.title(), WikiReadingPages.index(site,
                    pages.index(site, audiences), editor ? editorHref(viewer, site) : null,
                    access.canAuthor(viewer, site) ? "/teach/wiki-review?site=" + site.slug() : null));
        } else if (rest.equals("-/recent")) {
            html(response, site, viewer, "Recent changes · " + site.title(),
                    WikiReadingPages.recent(site, pages.recentChanges(site, audiences, 100)));
        } else if (rest.equals("-/search")) {
            String query = request.getParameter("q") == null ? "" : request.getParameter("q");
            html(response, site, viewer, "Search · " + site.title(),
                    WikiReadingPages.search(site, query, search.search(site, audiences, query)));
        } else if (rest.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            page(response, site, viewer, audiences, editor, rest);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void page(HttpServletResponse response, ClassSite site, Viewer viewer, Set<Audience> audiences,
                      boolean editor, String slug) throws IOException {
        Optional<Lookup> lookup = pages.lookup(site, audiences, slug);
        if (lookup.isPresent() && lookup.get().redirectSlug() != null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "/sites/" + site.slug() + "/wiki/" + lookup.get().redirectSlug());
            return;
        }
        if (lookup.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            if (!editor) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
            html(response, site, viewer, title + " · " + site.title(), WikiReadingPages.missing(site, title,
                    editorHref(viewer, site) + "&title=" + WikiReadingPages.encode(title)));
            return;
        }
        var live = lookup.get().page();
        // Credit lines, players and withdrawn placeholders, exactly as on the class's posts.
        var page = new PageView(live.itemId(), live.title(), live.slug(), media.present(live.html(), site.slug(),
                site.id()), live.audience(), live.lastEditedBy(), live.lastEditedAt(), live.revisionNumber());
        boolean mayEditThis = access.canAuthor(viewer, site) || editor && !pages.page(page.itemId()).isProtected();
        html(response, site, viewer, page.title() + " · " + site.title(), WikiReadingPages.page(site, page,
                pages.linksHere(site, audiences, page.itemId()),
                mayEditThis ? editorHref(viewer, site) + "&id=" + page.itemId() : null)
                + comments.render(site, viewer, page.itemId()));
    }

    private static String editorHref(Viewer viewer, ClassSite site) {
        String screen = viewer.has(Role.STUDENT) ? "/learn/wiki-editor" : "/teach/wiki-editor";
        return screen + "?site=" + site.slug();
    }
}
