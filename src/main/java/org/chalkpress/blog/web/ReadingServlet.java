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
import java.util.Optional;
import java.util.Set;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.PostView;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.sites.web.ConditionalGet;
import org.chalkpress.sites.web.PageLayout;

/**
 * The class blog as parents and the public read it: /sites/{site}/, /posts/{post}, /tags/{tag}, /feed.atom.
 * Reading never creates a session. A post the viewer may not read answers exactly as one that does not exist.
 */
@WebServlet("/sites/*")
public class ReadingServlet extends HttpServlet {

    @Inject
    SiteDirectory directory;

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "/" : request.getPathInfo()).split("/", -1);
        if (path.length < 2 || path[1].isEmpty()) {
            response.sendRedirect("/");
            return;
        }
        Optional<ClassSite> found = directory.site(path[1]);
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
        String rest = path.length == 2 ? "" : String.join("/", java.util.Arrays.copyOfRange(path, 2, path.length));
        if (path.length == 2) {
            response.sendRedirect("/sites/" + site.slug() + "/");
        } else if (rest.isEmpty()) {
            BlogReader.PostPage page = reader.page(site, audiences, pageNumber(request));
            html(response, site, viewer, site.title(),
                    BlogPages.home(site, page, site.title(), "/sites/" + site.slug() + "/"));
        } else if (path.length == 4 && path[2].equals("posts")) {
            Optional<PostView> post = reader.post(site, audiences, path[3]);
            if (post.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            html(response, site, viewer, post.get().title() + " · " + site.title(), BlogPages.post(site, post.get()));
        } else if (path.length == 4 && path[2].equals("tags")) {
            String tag = URLDecoder.decode(path[3], StandardCharsets.UTF_8);
            BlogReader.PostPage page = reader.tagged(site, audiences, tag, pageNumber(request));
            html(response, site, viewer, "Tagged " + tag + " · " + site.title(), BlogPages.home(site, page,
                    "Posts tagged “" + tag + "”", "/sites/" + site.slug() + "/tags/" + path[3]));
        } else if (rest.equals("feed.atom")) {
            response.setContentType("application/atom+xml;charset=UTF-8");
            response.getWriter().write(AtomFeed.render(config.baseUrl(), site, reader.page(site, audiences, 1).posts()));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void html(HttpServletResponse response, ClassSite site, Viewer viewer, String title, String main)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PageLayout.render(branding.themeFor(site), site, viewer, title,
                "/sites/" + site.slug() + "/feed.atom", main));
    }

    private static int pageNumber(HttpServletRequest request) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
