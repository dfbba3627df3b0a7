package org.chalkpress.wiki.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.wiki.WikiSearch;
import org.chalkpress.wiki.WikiViews.PageSummary;
import org.chalkpress.wiki.WikiViews.PageView;
import org.chalkpress.wiki.WikiViews.RecentChange;

/** The main column of a class wiki's reading pages: the index, a page, recent changes, search results. */
final class WikiReadingPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private WikiReadingPages() {
    }

    static String index(ClassSite site, List<PageSummary> pages, String newPageHref, String reviewHref) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<h1>Class wiki</h1>");
        nav(out, site, newPageHref);
        if (reviewHref != null) {
            out.append("<p><a id=\"review-edits\" href=\"").append(attr(reviewHref))
                    .append("\">Students' edits to review, and who may edit</a></p>");
        }
        if (pages.isEmpty()) {
            out.append("<p>No pages here yet.</p>");
        }
        out.append("<ul class=\"cp-wiki-index\" id=\"wiki-pages\">");
        for (PageSummary page : pages) {
            out.append("<li><a href=\"").append(href(site, page.slug())).append("\">").append(text(page.title()))
                    .append("</a></li>");
        }
        return out.append("</ul>").toString();
    }

    static String page(ClassSite site, PageView page, List<PageSummary> linksHere, String editHref) {
        StringBuilder out = new StringBuilder(page.html().length() + 2048);
        out.append("<article class=\"cp-post cp-wiki-page\"><h1>").append(text(page.title())).append("</h1>")
                .append("<p class=\"cp-meta\">Last edited by ").append(text(page.lastEditedBy()))
                .append(" · <time datetime=\"").append(page.lastEditedAt()).append("\">")
                .append(DATE.format(page.lastEditedAt())).append("</time>");
        if (editHref != null) {
            out.append(" · <a id=\"edit-page\" href=\"").append(attr(editHref)).append("\">Edit this page</a>");
        }
        out.append("</p>").append(page.html());
        out.append("<p class=\"cp-report\"><a id=\"report-concern\" rel=\"nofollow\" href=\"/concerns/report?kind=wiki&amp;id=")
                .append(page.itemId()).append("\">Report a concern</a></p>");
        out.append("</article>");
        out.append("<section class=\"cp-wiki-links-here\" aria-labelledby=\"links-here\"><h2 id=\"links-here\">"
                + "What links here</h2>");
        if (linksHere.isEmpty()) {
            out.append("<p>No other page links here yet.</p>");
        } else {
            out.append("<ul>");
            for (PageSummary from : linksHere) {
                out.append("<li><a href=\"").append(href(site, from.slug())).append("\">").append(text(from.title()))
                        .append("</a></li>");
            }
            out.append("</ul>");
        }
        out.append("</section>");
        nav(out, site, null);
        return out.toString();
    }

    static String missing(ClassSite site, String title, String createHref) {
        StringBuilder out = new StringBuilder("<h1>").append(text(title)).append("</h1>");
        out.append("<p>This page does not exist yet.");
        if (createHref != null) {
            out.append(" <a id=\"create-page\" href=\"").append(attr(createHref)).append("\">Create this page</a>.");
        }
        out.append("</p>");
        nav(out, site, null);
        return out.toString();
    }

    static String recent(ClassSite site, List<RecentChange> changes) {
        StringBuilder out = new StringBuilder("<h1>Recent changes</h1>");
        nav(out, site, null);
        out.append("<ol class=\"cp-wiki-recent\" id=\"recent-changes\">");
        for (RecentChange change : changes) {
            out.append("<li><a href=\"").append(href(site, change.pageSlug())).append("\">")
                    .append(text(change.pageTitle())).append("</a> · revision ").append(change.revisionNumber())
                    .append(" by ").append(text(change.authorName())).append(" · <time datetime=\"")
                    .append(change.at()).append("\">").append(DATE.format(change.at())).append("</time>");
            if (change.summary() != null) {
                out.append(" — <em>").append(text(change.summary())).append("</em>");
            }
            out.append("</li>");
        }
        return out.append("</ol>").toString();
    }

    static String search(ClassSite site, String query, List<WikiSearch.Hit> hits) {
        StringBuilder out = new StringBuilder("<h1>Search the wiki</h1>");
        nav(out, site, null);
        out.append("<p>").append(hits.size()).append(hits.size() == 1 ? " page" : " pages").append(" for “")
                .append(text(query)).append("”.</p><ol class=\"cp-wiki-results\" id=\"search-results\">");
        for (WikiSearch.Hit hit : hits) {
            out.append("<li><a href=\"").append(href(site, hit.slug())).append("\">").append(text(hit.title()))
                    .append("</a><p>").append(hit.excerptHtml()).append("</p></li>");
        }
        return out.append("</ol>").toString();
    }

    static String href(ClassSite site, String slug) {
        return "/sites/" + attr(site.slug()) + "/wiki/" + attr(slug);
    }

    private static void nav(StringBuilder out, ClassSite site, String newPageHref) {
        String base = "/sites/" + attr(site.slug()) + "/wiki/";
        out.append("<nav class=\"cp-wiki-nav\" aria-label=\"Wiki\"><p><a href=\"").append(base)
                .append("\">All pages</a> · <a href=\"").append(base).append("-/recent\">Recent changes</a>");
        if (newPageHref != null) {
            out.append(" · <a id=\"new-page\" href=\"").append(attr(newPageHref)).append("\">New page</a>");
        }
        out.append("</p><form method=\"get\" action=\"").append(base).append("-/search\" role=\"search\">")
                .append("<label for=\"wiki-q\">Search the wiki</label> <input id=\"wiki-q\" name=\"q\" type=\"search\">")
                .append(" <button type=\"submit\" class=\"cp-button cp-button--secondary\">Search</button></form></nav>");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
