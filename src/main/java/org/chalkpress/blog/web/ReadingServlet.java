package org.chalkpress.blog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.PostView;
import org.chalkpress.comments.web.CommentSection;
import org.chalkpress.media.MediaEmbeds;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteCache;
import org.chalkpress.sites.web.ConditionalGet;
import org.chalkpress.sites.web.PageCache;
import org.chalkpress.sites.web.PageLayout;

/**
 * The class blog as parents and the public read it: /sites/{site}/, /posts/{post}, /tags/{tag}, /feed.atom.
 * Reading never creates a session. A post the viewer may not read answers exactly as one that does not exist.
 * The hot path for anonymous visitors touches no database: the site comes from {@link SiteCache}, the
 * validators from {@link SiteChanges}, and the page from {@link PageCache} once it has been rendered.
 */
@WebServlet("/sites/*")
public class ReadingServlet extends HttpServlet {

    @Inject
    SiteCache sites;

    @Inject
    PageCache pages;

    @Inject
    SiteAccess access;

    @Inject
    BlogReader reader;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    Branding branding;

    @Inject
    SiteChanges changes;

    @Inject
    ChalkpressConfig config;

    @Inject
    CommentSection comments;

    @Inject
    MediaEmbeds media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "/" : request.getPathInfo()).split("/", -1);
        if (path.length < 2 || path[1].isEmpty()) {
            response.sendRedirect("/");
            return;
        }
        Optional<ClassSite> found = sites.site(path[1]);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ClassSite site = found.get();
        Viewer viewer = currentViewer.viewer();
        Set<Audience> audiences = access.readableAudiences(viewer, site);
        OffsetDateTime lastChange = changes.lastChange(site.id());
        if (ConditionalGet.notModified(request, response, viewer, audiences, lastChange)) {
            return;
        }
        if (path.length == 2) {
            response.sendRedirect("/sites/" + site.slug() + "/");
            return;
        }
        String rest = String.join("/", Arrays.copyOfRange(path, 2, path.length));
        boolean paged = rest.isEmpty() || rest.startsWith("tags/");
        int pageNumber = paged ? pageNumber(request) : 1;
        // Anonymous visitors all see the same page, so theirs is rendered once per change of the site.
        PageCache.Key key = viewer.signedIn() ? null
                : new PageCache.Key(site.id(), audiences, lastChange, paged ? rest + "?page=" + pageNumber : rest);
        PageCache.Page page = key == null ? null : pages.get(key);
        if (page == null) {
            page = render(site, viewer, audiences, path, rest, pageNumber);
            if (page == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (key != null) {
                pages.put(key, page);
            }
        }
        page.writeTo(response);
    }

    /** The page at {@code rest} within the site, or null when there is none for this viewer. */
    private PageCache.Page render(ClassSite site, Viewer viewer, Set<Audience> audiences, String[] path,
                                  String rest, int pageNumber) {
        if (rest.isEmpty()) {
            BlogReader.PostPage page = withMedia(site, reader.page(site, audiences, pageNumber));
            return html(site, viewer, site.title(),
                    BlogPages.home(site, page, site.title(), "/sites/" + site.slug() + "/"));
        } else if (path.length == 4 && path[2].equals("posts")) {
            Optional<PostView> post = reader.post(site, audiences, path[3]).map(p -> withMedia(site, p));
            return post.map(p -> html(site, viewer, p.title() + " · " + site.title(),
                            BlogPages.post(site, p) + comments.render(site, viewer, p.itemId())))
                    .orElse(null);
        } else if (path.length == 4 && path[2].equals("tags")) {
            String tag = URLDecoder.decode(path[3], StandardCharsets.UTF_8);
            BlogReader.PostPage page = withMedia(site, reader.tagged(site, audiences, tag, pageNumber));
            return html(site, viewer, "Tagged " + tag + " · " + site.title(), BlogPages.home(site, page,
                    "Posts tagged “" + tag + "”", "/sites/" + site.slug() + "/tags/" + path[3]));
        } else if (rest.equals("feed.atom")) {
            return new PageCache.Page("application/atom+xml;charset=UTF-8", AtomFeed.render(config.baseUrl(), site,
                    withMedia(site, reader.page(site, audiences, 1)).posts()).getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** Library media as readers see it: credit lines, and placeholders for withdrawn media. */
    private PostView withMedia(ClassSite site, PostView p) {
        return new PostView(p.itemId(), p.slug(), p.title(), media.present(p.bodyHtml(), site.slug(), site.id()),
                p.tags(), p.audience(), p.authorName(), p.publishedAt(), p.updatedAt(), p.revisionNumber());
    }

    private BlogReader.PostPage withMedia(ClassSite site, BlogReader.PostPage page) {
        return new BlogReader.PostPage(page.posts().stream().map(p -> withMedia(site, p)).toList(), page.page(),
                page.hasMore());
    }

    private PageCache.Page html(ClassSite site, Viewer viewer, String title, String main) {
        return new PageCache.Page("text/html;charset=UTF-8", PageLayout.render(branding.themeFor(site), site, viewer,
                title, "/sites/" + site.slug() + "/feed.atom", main).getBytes(StandardCharsets.UTF_8));
    }

    private static int pageNumber(HttpServletRequest request) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
