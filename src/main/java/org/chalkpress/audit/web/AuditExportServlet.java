package org.chalkpress.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.chalkpress.audit.AuditCsv;
import org.chalkpress.audit.AuditFilter;
import org.chalkpress.audit.AuditSearch;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/** The audit log as CSV, with the same filter parameters as the audit log screen. */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = currentViewer.viewer();
        if (!viewer.isCommunications()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AuditFilter filter = AuditLogBean.filter(request.getParameter("clause"), request.getParameter("site"),
                request.getParameter("author"), request.getParameter("action"), request.getParameter("from"),
                request.getParameter("to"), directory, false);
        Map<Long, String> sites = new HashMap<>();
        for (ClassSite site : directory.sites()) {
            sites.put(site.id(), site.slug());
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"chalkpress-audit-" + LocalDate.now() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (AuditCsv csv = new AuditCsv(response.getWriter(), id -> sites.getOrDefault(id, "#" + id))) {
            search.each(viewer, filter, entry -> csv.write(entry, FindingsJson.read(entry.findings())));
        }
    }
}
