package org.chalkpress.sites.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import org.chalkpress.people.Viewer;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.theme.Theme;

/**
 * The branded frame around every reading page: logo, site name, the official badge or the standard
 * disclaimer (clause OFFICIAL), navigation and footer.
 */
public final class PageLayout {

    private PageLayout() {
    }

    public static String render(Theme theme, ClassSite site, Viewer viewer, String title, String feedHref,
                                String main) {
        StringBuilder out = new StringBuilder(main.length() + 4096);
        out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/theme/").append(attr(theme.stylesheetPath())).append("\">")
                .append("<style>").append(theme.cssVariables()).append("</style>");
        if (feedHref != null) {
            out.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
                    .append(attr(site == null ? theme.name() : site.title())).append("\" href=\"")
                    .append(attr(feedHref)).append("\">");
        }
        out.append("</head><body><a class=\"cp-skip-link\" href=\"#main\">Skip to content</a>")
                .append("<header class=\"cp-header\"><div class=\"cp-header__inner\">")
                .append("<a href=\"/\"><img class=\"cp-logo\" src=\"/theme/").append(attr(theme.logoPath()))
                .append("\" alt=\"").append(attr(theme.shortName())).append(" home\"></a><div>")
                .append("<p class=\"cp-site-name\"><a href=\"")
                .append(site == null ? "/" : "/sites/" + attr(site.slug()) + "/").append("\">")
                .append(text(site == null ? theme.name() : site.title())).append("</a></p>")
                .append("<p class=\"cp-tagline\">").append(text(site == null ? theme.tagline() : theme.name()))
                .append("</p></div>");
        if (site != null && site.official()) {
            out.append("<span class=\"cp-badge\">").append(text(theme.officialBadge())).append("</span>");
        }
        out.append("</div></header>");
        if (site != null && !site.official()) {
            out.append("<aside class=\"cp-disclaimer\"><p>").append(text(theme.disclaimer())).append("</p></aside>");
        }
        out.append("<nav class=\"cp-nav\" aria-label=\"Main\"><ul><li><a href=\"/\">District home</a></li>");
        if (site != null) {
            out.append("<li><a href=\"/sites/").append(attr(site.slug())).append("/\">Class blog</a></li>");
            out.append("<li><a href=\"/sites/").append(attr(site.slug())).append("/wiki/\">Class wiki</a></li>");
        }
        if (feedHref != null) {
            out.append("<li><a href=\"").append(attr(feedHref)).append("\">Feed</a></li>");
        }
        for (MainNavigation.Link link : MainNavigation.linksFor(viewer)) {
            out.append("<li><a href=\"").append(attr(link.href())).append("\">").append(text(link.label()))
                    .append("</a></li>");
        }
        out.append("</ul></nav><div class=\"cp-layout\"><main id=\"main\" class=\"cp-main\">")
                .append(main)
                .append("</main></div><footer class=\"cp-footer\"><div class=\"cp-footer__inner\"><p>")
                .append(text(theme.footer())).append("</p><p><a href=\"/policy\">Social media policy</a></p>")
                .append("</div></footer></body></html>");
        return out.toString();
    }
}
