package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.MediaShown;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/**
 * Clause PHOTO-CONSENT: seek permission from the people in photos, videos and recordings before posting.
 * Blocks when a tagged person has no consent on file for this kind of media and this audience, and when the
 * media was withdrawn; warns when the teacher has not said who is in it, and when the photo shows more faces
 * than people tagged. A face the teacher blurred identifies no one: its person does not block, and it does not
 * count as a face.
 */
public final class PhotoConsentRule implements PolicyRule {

    @Override
    public String id() {
        return "photo-consent";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.PHOTO_CONSENT;
    }

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        for (MediaShown media : review.mediaShown()) {
            TextSpan span = spanOf(review.document(), media.src());
            String excerpt = review.document().excerpt(span);
            String named = "the " + media.what() + " \"" + media.fileName() + "\"";
            if (media.withdrawn()) {
                findings.add(new Finding(clause(), id(), Severity.BLOCK, span, excerpt,
                        capitalised(named) + " was withdrawn because consent for it ended.",
                        "Remove it from the page."));
                continue;
            }
            for (MediaShown.PersonShown person : media.people()) {
                if (!person.consented() && !person.blurred()) {
                    findings.add(new Finding(clause(), id(), Severity.BLOCK, span, excerpt,
                            person.name() + " is tagged in " + named + ": " + person.explanation() + ".",
                            "Blur them, remove the " + media.what() + ", or ask for a release."));
                }
            }
            if (!media.peopleStated()) {
                findings.add(new Finding(clause(), id(), Severity.WARN, span, excerpt,
                        "No one is tagged in " + named + ", and it does not say that no one can be recognised.",
                        "In the media library, tag the people in it, or say there are no identifiable people, or"
                                + " that they are not from our school."));
            } else if (media.visibleFaces() != null && media.visibleFaces() > media.peopleVisible()) {
                long tagged = media.peopleVisible();
                findings.add(new Finding(clause(), id(), Severity.WARN, span, excerpt,
                        capitalised(named) + " shows " + media.visibleFaces()
                                + (media.blurredFaces() > 0 ? " faces that are not blurred" : " faces") + " but "
                                + tagged + (tagged == 1 ? " person is" : " people are")
                                + (media.blurredFaces() > 0 ? " tagged and not blurred." : " tagged."),
                        "Tag everyone in it, or blur the faces of the people who are not tagged."));
            }
        }
        return findings;
    }

    private static TextSpan spanOf(ContentDocument doc, String src) {
        return doc.media().stream().filter(m -> src.equals(m.src())).map(ContentDocument.Media::span)
                .findFirst().orElse(new TextSpan(0, 0));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
