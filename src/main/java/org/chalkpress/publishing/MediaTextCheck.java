package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chalkpress.media.MediaAtTheGate;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.VideoCaptions;
import org.chalkpress.people.Account;
import org.chalkpress.platform.web.Html;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.TextSpan;
import org.chalkpress.sites.ClassSite;

/**
 * The words readers see with library media — its caption, alt text, file name and a video's captions — through the text rules
 * (clauses STUDENT-PRIVACY, CLASSROOM, SUBSTANCES). They are kept in the library, not in the page, and shown
 * with the page when it is read; so a page is checked with the words of every item it shows, for the page's
 * audience, and an item's words are checked again whenever the teacher changes them.
 */
@ApplicationScoped
public class MediaTextCheck {

    private static final Set<String> TEXT_CLAUSES = Set.of("SUBSTANCES", "STUDENT-PRIVACY", "CLASSROOM");

    @Inject
    PolicyContext context;

    @Inject
    MediaAtTheGate media;

    /** What the text rules find in one item's words, for readers of {@code audience}. Spans are in those words. */
    public List<Finding> findingsFor(MediaItem item, ClassSite site, Account author, Audience audience) {
        String html = "<p>" + Html.text(item.caption()) + "</p><p>" + Html.text(item.altText()) + "</p><p>"
                + Html.text(item.fileName()) + "</p><p>" + Html.text(VideoCaptions.words(item.captions())) + "</p>";
        Submission words = new Submission(ContentKind.CAPTION, site, author, "", html, audience, null);
        return context.engine().review(context.reviewOf(words)).stream()
                .filter(f -> TEXT_CLAUSES.contains(f.clause().code()))
                .toList();
    }

    /**
     * The findings in the words of every library item a submission shows, each naming the item; they have no
     * place in the submission's own text, so their span is empty and their excerpt says what was found.
     */
    public List<Finding> findingsShownWith(Submission submission) {
        List<Finding> found = new ArrayList<>();
        for (MediaItem item : media.itemsShown(submission.html(), submission.site().id(),
                submission.site().slug()).values()) {
            for (Finding f : findingsFor(item, submission.site(), submission.author(), submission.audience())) {
                found.add(new Finding(f.clause(), f.rule(), f.severity(), new TextSpan(0, 0), f.excerpt(),
                        "In the media library's caption, alt text, file name or captions of “" + item.fileName() + "”: "
                                + f.message(),
                        f.fix() + (f.fix().isEmpty() ? "" : " ") + "Change it in the media library (Media)."));
            }
        }
        return found;
    }
}
