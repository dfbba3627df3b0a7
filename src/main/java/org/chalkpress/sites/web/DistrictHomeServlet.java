package org.chalkpress.sites.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.School;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteDirectory;

/** The district's front page: its schools and their class sites, and "your classes" for those signed in. */
@WebServlet("")
public class DistrictHomeServlet extends HttpServlet {

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    Branding branding;

    @Inject
    SiteChanges changes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = currentViewer.viewer();
        if (ConditionalGet.notModified(request, response, viewer, EnumSet.of(Audience.PUBLIC),
                changes.lastChangeAnywhere())) {
            return;
        }
        StringBuilder main = new StringBuilder(4096);
        main.append("<h1>").append(text(branding.district().name())).append("</h1>");
        if (viewer.signedIn()) {
            List<ClassSite> mine = directory.sitesOf(viewer.required());
            if (!mine.isEmpty() && !viewer.isCommunications()) {
                main.append("<section><h2>Your classes</h2><ul>");
                mine.forEach(site -> siteLink(main, site));
                main.append("</ul></section>");
            }
        }
        for (School school : directory.schools()) {
            main.append("<section><h2>").append(text(school.name())).append("</h2><ul>");
            directory.sitesOfSchool(school.id()).forEach(site -> siteLink(main, site));
            main.append("</ul></section>");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PageLayout.render(branding.district(), null, viewer,
                branding.district().name(), null, main.toString()));
    }

    private static void siteLink(StringBuilder out, ClassSite site) {
        out.append("<li><a href=\"/sites/").append(attr(site.slug())).append("/\">").append(text(site.title()))
                .append("</a></li>");
    }
}
