package org.chalkpress.comments.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.chalkpress.comments.CommentService;
import org.chalkpress.comments.CommentStatus;
import org.chalkpress.comments.CommentText;
import org.chalkpress.comments.CommentThread;
import org.chalkpress.comments.CommentView;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.web.FormTokens;
import org.chalkpress.sites.ClassSite;

/**
 * The comments below a post, wiki page or episode on its reading page: approved comments for everyone who
 * can read the page, the viewer's own waiting or rejected ones marked as such, and the comment form (with
 * their kept draft and what to fix) for those who may comment. Anonymous visitors get no form.
 */
@ApplicationScoped
public class CommentSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    @Inject
    CommentService comments;

    @Inject
    FormTokens tokens;

    public String render(ClassSite site, Viewer viewer, Long itemId) {
        CommentThread thread = comments.thread(viewer, site, itemId);
        StringBuilder out = new StringBuilder(2048);
        out.append("<section class=\"cp-comments\" id=\"comments\" aria-labelledby=\"comments-heading\">")
                .append("<h2 id=\"comments-heading\">Comments</h2>");
        if (thread.moderationHref() != null) {
            out.append("<p class=\"cp-meta\"><a id=\"moderation-link\" href=\"").append(attr(thread.moderationHref()))
                    .append("\">").append(thread.waiting()).append(thread.waiting() == 1 ? " comment waits" : " comments wait")
                    .append(" for you in the moderation queue</a></p>");
        }
        if (thread.comments().isEmpty()) {
            out.append("<p id=\"no-comments\">No comments yet.</p>");
        } else {
            out.append("<ol class=\"cp-comment-list\">");
            thread.comments().forEach(c -> comment(out, c));
            out.append("</ol>");
        }
        if (thread.closedBecause() != null) {
            out.append("<p class=\"cp-comments-closed\">").append(text(thread.closedBecause())).append("</p>");
        } else if (thread.mayComment()) {
            form(out, thread, tokens.of(viewer, CommentFormServlet.FORM));
        }
        if (viewer.has(Role.STUDENT)) {
            out.append("<p class=\"cp-meta\"><a href=\"/learn/my-comments\">All my comments</a></p>");
        }
        out.append("</section>");
        return out.toString();
    }

    private static void comment(StringBuilder out, CommentView c) {
        String state = c.status() == CommentStatus.APPROVED ? "" : " cp-comment--" + c.status().name().toLowerCase();
        out.append("<li class=\"cp-comment").append(state).append("\" id=\"comment-").append(c.id()).append("\">")
                .append("<p class=\"cp-meta\"><strong>").append(text(c.authorName())).append("</strong> · <time datetime=\"")
                .append(c.submittedAt()).append("\">").append(DATE.format(c.submittedAt())).append("</time>");
        if (c.edited()) {
            out.append(" · <span class=\"cp-comment-edited\">edited by the teacher</span>");
        }
        out.append("</p>").append(c.html() == null ? "" : c.html());
        if (c.status() == CommentStatus.PENDING) {
            out.append("<p class=\"cp-comment-state\">Waiting for your teacher — only you can see it until then.</p>");
        } else if (c.status() == CommentStatus.REJECTED) {
            out.append("<p class=\"cp-comment-state\">Your teacher did not approve this comment");
            if (c.reason() != null) {
                out.append(": ").append(text(c.reason()));
            }
            out.append(" — only you can see it.</p>");
        } else {
            out.append("<p class=\"cp-comment-actions\"><a class=\"cp-report\" rel=\"nofollow\" href=\"/concerns/report?kind=comment&amp;id=")
                    .append(c.id()).append("\">Report a concern</a></p>");
        }
        out.append("</li>");
    }

    /** A plain form POST to {@link CommentFormServlet}; with JavaScript, comments.js sends it to the API instead. */
    private static void form(StringBuilder out, CommentThread thread, String token) {
        out.append("<form id=\"comment-form\" class=\"cp-comment-form\" method=\"post\" action=\"/comments/send\"")
                .append(" data-cp-comment-form data-api=\"/api/v1/comments\">")
                .append("<input type=\"hidden\" name=\"item\" value=\"").append(thread.itemId()).append("\">")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(attr(token)).append("\">");
        out.append("<div id=\"comment-feedback\" class=\"cp-comment-feedback\" role=\"alert\" aria-live=\"polite\">");
        if (!thread.draftFeedback().isEmpty()) {
            out.append("<p>Your comment was not sent yet:</p><ul>");
            thread.draftFeedback().forEach(f -> out.append("<li>").append(text(f)).append("</li>"));
            out.append("</ul>");
        }
        out.append("</div><p><label for=\"comment-text\">Write a comment</label><br>")
                .append("<textarea id=\"comment-text\" name=\"text\" rows=\"4\" maxlength=\"").append(CommentText.MAX_CHARS)
                .append("\" required style=\"width:100%\">")
                .append(thread.draftText() == null ? "" : text(thread.draftText())).append("</textarea></p>");
        if (thread.moderated()) {
            out.append("<p class=\"cp-meta\">Your teacher reads every comment before it appears on the page.</p>");
        }
        out.append("<p><button type=\"submit\" id=\"comment-send\" class=\"cp-button\">Send comment</button></p>")
                .append("</form><script src=\"/resources/js/comments.js\" defer></script>");
    }
}
