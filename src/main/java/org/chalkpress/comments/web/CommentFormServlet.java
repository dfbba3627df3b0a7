package org.chalkpress.comments.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.chalkpress.comments.CommentService;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FormTokens;
import org.chalkpress.sites.Branding;
import org.chalkpress.sites.web.PageLayout;

/**
 * The comment form of reading pages without JavaScript (POST /comments/send): the same
 * {@link CommentService#submit} as the API, guarded by a form token instead of the API's header. Whatever
 * the server decides is stored with the comment (on the page, waiting, or kept as a draft with what to fix),
 * so the answer is a redirect back to the page, which shows it. Refusals that store nothing answer a short
 * page that says why and gives the text back.
 */
@WebServlet("/comments/send")
public class CommentFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String FORM = "comment";

    @Inject
    CommentService comments;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    FormTokens tokens;

    @Inject
    Branding branding;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Viewer viewer = currentViewer.viewer();
        String text = request.getParameter("text");
        if (!viewer.signedIn()) {
            response.sendRedirect("/sign-in");
            return;
        }
        Long itemId = itemId(request.getParameter("item"));
        if (!tokens.matches(viewer, FORM, request.getParameter("token"))) {
            refused(response, viewer, itemId, HttpServletResponse.SC_FORBIDDEN, "This form is out of date. Go back,"
                    + " reload the page and send your comment again.", text);
            return;
        }
        try {
            comments.submit(viewer, itemId, text);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", comments.pageAddress(viewer, itemId) + "#comments");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (NotAllowedException e) {
            refused(response, viewer, itemId, HttpServletResponse.SC_FORBIDDEN, e.getMessage(), text);
        } catch (InvalidInputException e) {
            refused(response, viewer, itemId, 422, e.getMessage(), text);
        }
    }

    private static Long itemId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refused(HttpServletResponse response, Viewer viewer, Long itemId, int status, String why,
                         String text) throws IOException {
        String back;
        try {
            back = comments.pageAddress(viewer, itemId) + "#comments";
        } catch (NotFoundException e) {
            back = "/";
        }
        String main = "<h1>Your comment was not sent</h1><p id=\"comment-refused\" class=\"cp-flash cp-flash--error\">"
                + text(why) + "</p>"
                + (text == null || text.isBlank() ? "" : "<p>Your text, to copy:</p><p><textarea id=\"comment-text\""
                + " rows=\"4\" readonly style=\"width:100%\">" + text(text) + "</textarea></p>")
                + "<p><a id=\"back\" href=\"" + attr(back) + "\">Back to the page</a></p>";
        byte[] body = PageLayout.render(branding.district(), null, viewer, "Comment not sent", null, main)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
