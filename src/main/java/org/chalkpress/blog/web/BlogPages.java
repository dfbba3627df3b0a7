package org.chalkpress.blog.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.chalkpress.blog.BlogReader.PostPage;
import org.chalkpress.blog.PostView;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.ClassSite;

/** The main column of the blog's reading pages: post lists, a post, tag pages. */
final class BlogPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private BlogPages() {
    }

    static String home(ClassSite site, PostPage page, String heading, String baseHref) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<h1>").append(text(heading)).append("</h1>");
        if (page.posts().isEmpty()) {
            out.append("<p>No posts here yet.</p>");
        }
        out.append("<div class=\"cp-cards\">");
        for (PostView post : page.posts()) {
            out.append("<article class=\"cp-card\"><h2><a href=\"").append(postHref(site, post)).append("\">")
                    .append(text(post.title())).append("</a></h2>");
            meta(out, post);
            out.append("<p>").append(text(post.summary(280))).append("</p>");
            tags(out, site, post.tags());
            out.append("</article>");
        }
        out.append("</div>");
        if (page.page() > 1 || page.hasMore()) {
            out.append("<nav class=\"cp-pagination\" aria-label=\"Pages\">");
            if (page.page() > 1) {
                out.append("<a rel=\"prev\" href=\"").append(baseHref).append("?page=").append(page.page() - 1)
                        .append("\">Newer posts</a>");
            }
            out.append("<span aria-current=\"page\">Page ").append(page.page()).append("</span>");
            if (page.hasMore()) {
                out.append("<a rel=\"next\" href=\"").append(baseHref).append("?page=").append(page.page() + 1)
                        .append("\">Older posts</a>");
            }
            out.append("</nav>");
        }
        return out.toString();
    }

    static String post(ClassSite site, PostView post) {
        StringBuilder out = new StringBuilder(post.bodyHtml().length() + 2048);
        out.append("<article class=\"cp-post\"><h1>").append(text(post.title())).append("</h1>");
        meta(out, post);
        out.append(post.bodyHtml());
        tags(out, site, post.tags());
        out.append("<p class=\"cp-report\"><a id=\"report-concern\" rel=\"nofollow\" href=\"/concerns/report?kind=post&amp;id=")
                .append(post.itemId()).append("\">Report a concern</a></p>");
        out.append("</article>");
        return out.toString();
    }

    static String postHref(ClassSite site, PostView post) {
        return "/sites/" + attr(site.slug()) + "/posts/" + attr(post.slug());
    }

    private static void meta(StringBuilder out, PostView post) {
        out.append("<p class=\"cp-meta\">By ").append(text(post.authorName())).append(" · <time datetime=\"")
                .append(post.publishedAt()).append("\">").append(DATE.format(post.publishedAt())).append("</time>")
                .append(" · ").append(audienceLabel(post.audience())).append("</p>");
    }

    private static String audienceLabel(Audience audience) {
        return switch (audience) {
            case PUBLIC -> "Public";
            case DISTRICT -> "District members";
            case CLASS -> "Class and families";
        };
    }

    private static void tags(StringBuilder out, ClassSite site, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        out.append("<p class=\"cp-tags\">");
        for (String tag : tags) {
            out.append("<a class=\"cp-tag\" href=\"/sites/").append(attr(site.slug())).append("/tags/")
                    .append(attr(URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"))).append("\">")
                    .append(text(tag)).append("</a> ");
        }
        out.append("</p>");
    }
}
