package org.chalkpress.notify.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chalkpress.notify.Subscriptions;
import org.chalkpress.notify.UnsubscribeLinks;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.sites.web.PageLayout;

/**
 * The unsubscribe link of every e-mail (/unsubscribe?t=…), working without signing in: the signed token says
 * whom and what. GET asks for one click (mail scanners that open links must not unsubscribe anyone); POST
 * does it — from that button, or straight from a mail program's List-Unsubscribe-Post (RFC 8058). The token
 * is the secret, so the POST needs no other CSRF token.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UnsubscribeLinks links;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SiteDirectory directory;

    @Inject
    Branding branding;

    @Inject
    CurrentViewer currentViewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        Optional<UnsubscribeLinks.Target> target = links.verify(token);
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page(response, "Stop these e-mails?", "<h1>Stop these e-mails?</h1><p>You will no longer get e-mails about "
                + text(describe(target.get().topic())) + ".</p><form method=\"post\" action=\"/unsubscribe?t="
                + attr(token) + "\"><button id=\"unsubscribe\" class=\"cp-button\" type=\"submit\">"
                + "Unsubscribe</button></form><p class=\"cp-hint\">You can change what you get by e-mail on your"
                + " account's <a href=\"/account/notifications\">notifications page</a>.</p>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UnsubscribeLinks.Target> target = links.verify(request.getParameter("t"));
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        subscriptions.unsubscribe(target.get().accountId(), target.get().topic());
        page(response, "Unsubscribed", "<h1>Unsubscribed</h1><p id=\"unsubscribed\">Done: no more e-mails about "
                + text(describe(target.get().topic())) + ".</p>");
    }

    private String describe(String topic) {
        if (topic.startsWith(Subscriptions.NEW_POSTS)) {
            return "new posts of " + directory.site(topic.substring(Subscriptions.NEW_POSTS.length()))
                    .map(ClassSite::title).orElse("this class");
        }
        return switch (topic) {
            case "concerns" -> "reports of concern about your pages";
            case "invitations" -> "invitation codes";
            default -> "“" + topic + "”";
        };
    }

    private void page(HttpServletResponse response, String title, String main) throws IOException {
        byte[] body = PageLayout.render(branding.district(), null, currentViewer.viewer(), title, null, main)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
