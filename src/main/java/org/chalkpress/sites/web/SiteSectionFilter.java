package org.chalkpress.sites.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.people.Viewer;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteCache;

/**
 * One section of a class site that readers reach under /sites/{site}/{section}/… (the wiki, the podcast).
 * Finds the site, sends /sites/{site}/{section} on to its address with the trailing slash, and hands the rest of
 * the address to the section; every other address and every method but GET and HEAD passes on down the chain
 * (to the blog's reading servlet in the end).
 */
public abstract class SiteSectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    protected SiteCache sites;

    @Inject
    protected Branding branding;

    private final String section;
    private final Pattern address;

    protected SiteSectionFilter(String section) {
        this.section = section;
        this.address = Pattern.compile("/sites/([^/]+)/" + Pattern.quote(section) + "(/.*)?");
    }

    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = address.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches() || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ClassSite> site = sites.site(m.group(1));
        if (site.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (m.group(2) == null) {
            response.sendRedirect(request.getContextPath() + home(site.get()));
            return;
        }
        serve(request, response, site.get(), m.group(2).substring(1));
    }

    /** The section's own address on the site, with its trailing slash: /sites/{site}/{section}/. */
    protected final String home(ClassSite site) {
        return "/sites/" + site.slug() + "/" + section + "/";
    }

    /**
     * Answers a GET or HEAD for the site's section; {@code rest} is the address after the section's home
     * ("" for the home itself), never null.
     */
    protected abstract void serve(HttpServletRequest request, HttpServletResponse response, ClassSite site,
                                  String rest) throws IOException, ServletException;

    /** Writes {@code main} as a whole page of the site, in its theme. */
    protected final void html(HttpServletResponse response, ClassSite site, Viewer viewer, String title, String main)
            throws IOException {
        byte[] body = PageLayout.render(branding.themeFor(site), site, viewer, title, null, main)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
