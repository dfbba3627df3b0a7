package org.chalkpress.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditFilter;
import org.chalkpress.audit.AuditSearch;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * The audit log screen (admin/audit.xhtml): filters in the address, so a filtered view can be bookmarked or
 * sent to a colleague, one page of entries at a time, and the same filter as a CSV download.
 */
@Named
@RequestScoped
public class AuditLogBean {

    @Inject
    AuditSearch search;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    private String clause;
    private String site;
    private String author;
    private String action;
    private String from;
    private String to;
    private Integer page;

    private AuditSearch.Page result;
    private Map<Long, ClassSite> sites;

    /** Builds the filter from the address; a part that cannot be read is left out, with a notice. */
    public AuditFilter filter() {
        return filter(clause, site, author, action, from, to, directory, true);
    }

    static AuditFilter filter(String clause, String site, String author, String action, String from, String to,
                              SiteDirectory directory, boolean tell) {
        ClauseId clauseId = null;
        AuditAction auditAction = null;
        Long siteId = null;
        if (clause != null && !clause.isBlank()) {
            try {
                clauseId = ClauseId.fromCode(clause);
            } catch (IllegalArgumentException e) {
                notice(tell, "There is no clause " + clause + "; showing every clause.");
            }
        }
        if (action != null && !action.isBlank()) {
            try {
                auditAction = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                notice(tell, "There is no action " + action + "; showing every action.");
            }
        }
        if (site != null && !site.isBlank()) {
            siteId = directory.site(site).map(ClassSite::id).orElse(-1L);
        }
        return new AuditFilter(clauseId, siteId, author, auditAction, date(from, tell), date(to, tell));
    }

    private static LocalDate date(String value, boolean tell) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            notice(tell, "\"" + value + "\" is not a date like 2025-09-01; it was left out of the filter.");
            return null;
        }
    }

    private static void notice(boolean tell, String message) {
        if (tell) {
            FacesFeedback.warn(message);
        }
    }

    public AuditSearch.Page getResult() {
        if (result == null) {
            result = search.page(currentViewer.viewer(), filter(), page == null ? 1 : page);
        }
        return result;
    }

    public String search() {
        page = null;
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    public String getExportHref() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("clause", clause);
        params.put("site", site);
        params.put("author", author);
        params.put("action", action);
        params.put("from", from);
        params.put("to", to);
        String query = params.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/admin/audit/export" + (query.isEmpty() ? "" : "?" + query);
    }

    public String siteName(Long siteId) {
        if (siteId == null) {
            return "";
        }
        ClassSite found = getSites().get(siteId);
        return found == null ? "#" + siteId : found.slug();
    }

    public List<Finding> findings(AuditEntry entry) {
        return FindingsJson.read(entry.findings());
    }

    public Map<Long, ClassSite> getSites() {
        if (sites == null) {
            sites = directory.sites().stream().collect(Collectors.toMap(ClassSite::id, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
        }
        return sites;
    }

    public List<ClassSite> getSiteList() {
        return List.copyOf(getSites().values());
    }

    public ClauseId[] getClauses() {
        return ClauseId.values();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public int getNextPage() {
        return getResult().page() + 1;
    }

    public int getPreviousPage() {
        return getResult().page() - 1;
    }

    public String getClause() { return clause; }
    public void setClause(String clause) { this.clause = clause; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
