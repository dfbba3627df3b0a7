package org.chalkpress.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chalkpress.audit.AuditSearch;
import org.chalkpress.audit.FindingCounts;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/** The per-clause dashboard (admin/dashboard.xhtml): findings per clause per week, and the busiest sites. */
@Named
@RequestScoped
public class DashboardBean {

    static final int WEEKS = 12;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    @Inject
    AuditSearch search;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    /** One row of the top-sites table. */
    public record SiteRow(String slug, String title, int findings) { }

    private FindingCounts counts;

    public FindingCounts getCounts() {
        if (counts == null) {
            var now = Clock.now();
            counts = FindingCounts.of(search.findingsSince(currentViewer.viewer(), FindingCounts.start(now, WEEKS)),
                    now, WEEKS);
        }
        return counts;
    }

    public List<Integer> getWeekIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < getCounts().weeks().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public String weekLabel(int week) {
        LocalDate monday = getCounts().weeks().get(week);
        return monday.format(SHORT);
    }

    public String colour(ClauseId clause) {
        return StackedBarChart.PALETTE.get(clause.ordinal() % StackedBarChart.PALETTE.size());
    }

    public String getChart() {
        List<String> labels = getCounts().weeks().stream().map(w -> w.format(SHORT)).toList();
        List<StackedBarChart.Series> series = new ArrayList<>();
        for (ClauseId clause : getCounts().clauses()) {
            int[] values = new int[labels.size()];
            for (int week = 0; week < values.length; week++) {
                values[week] = getCounts().count(clause, week);
            }
            series.add(new StackedBarChart.Series(clause.code(), colour(clause), values));
        }
        return StackedBarChart.render("Findings per week by policy clause, last " + WEEKS + " weeks", labels, series);
    }

    public List<SiteRow> getTopSites() {
        List<SiteRow> rows = new ArrayList<>();
        for (FindingCounts.SiteCount count : getCounts().topSites(10)) {
            ClassSite site = directory.site(count.siteId()).orElse(null);
            rows.add(new SiteRow(site == null ? "" : site.slug(), site == null ? "#" + count.siteId() : site.title(),
                    count.findings()));
        }
        return rows;
    }
}
