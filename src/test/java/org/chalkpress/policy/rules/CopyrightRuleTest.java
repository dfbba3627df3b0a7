package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;

class CopyrightRuleTest {

    private final CopyrightRule rule = new CopyrightRule();
    private static final String HOTLINKED = "https://cdn.somesite.example/owl.jpg";
    private static final String UPLOADED = "https://media.chalkpress.example/4b/owl.jpg";

    private static String img(String src) {
        return "<p>Our owl project.</p><img src=\"" + src + "\" alt=\"an owl\"><p>More text.</p>";
    }

    @Test
    void blocksHotLinkedMediaWithNoCreditAtTheMediaPosition() {
        var review = aReview(img(HOTLINKED));
        List<Finding> findings = review.findings(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.COPYRIGHT, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals(review.build().document().media().get(0).span(), f.span());
        assertTrue(f.message().contains("owl.jpg"), f.message());
        assertTrue(f.fix().contains("licence"), f.fix());
    }

    @Test
    void warnsOnUploadedOrRelativeMediaWithNoCredit() {
        assertEquals(Severity.WARN, aReview(img(UPLOADED)).findings(rule).get(0).severity());
        assertEquals(Severity.WARN, aReview(img("/media/owl.jpg")).findings(rule).get(0).severity());
    }

    @Test
    void ownWorkAndFullCreditsPass() {
        assertEquals(List.of(), aReview(img(HOTLINKED)).withCredit(HOTLINKED, MediaCredit.authorsOwnWork()).findings(rule));
        assertEquals(List.of(), aReview(img(HOTLINKED))
                .withCredit(HOTLINKED, MediaCredit.of("Jane Doe, Flickr", MediaCredit.Licence.CC_BY)).findings(rule));
    }

    @Test
    void aSourceWithoutALicenceIsNotEnough() {
        Finding f = aReview(img(UPLOADED)).withCredit(UPLOADED, MediaCredit.of("Jane Doe", null)).findings(rule).get(0);
        assertEquals(Severity.WARN, f.severity());
        assertTrue(f.message().contains("no licence"), f.message());
    }

    @Test
    void fairUseNeedsAJustification() {
        assertEquals(Severity.BLOCK, aReview(img(UPLOADED)).withCredit(UPLOADED, MediaCredit.fairUse("Movie still", " "))
                .findings(rule).get(0).severity());
        assertEquals(List.of(), aReview(img(UPLOADED)).withCredit(UPLOADED,
                MediaCredit.fairUse("Movie still", "One frame, used to discuss camera angles in class")).findings(rule));
    }

    @Test
    void aCreditLineInTheCaptionCounts() {
        String figure = "<figure><img src=\"" + HOTLINKED + "\"><figcaption>Photo: Jane Doe, CC BY 2.0</figcaption></figure>";
        assertEquals(List.of(), aReview(figure).findings(rule));
        String nasa = "<img src=\"" + HOTLINKED + "\"><p>Image courtesy of NASA (public domain).</p>";
        assertEquals(List.of(), aReview(nasa).findings(rule));
        String own = "<figure><img src=\"/media/volcano.jpg\"><figcaption>Photo taken by our class at the museum</figcaption></figure>";
        assertEquals(List.of(), aReview(own).findings(rule));
    }

    @Test
    void aCaptionWithASourceButNoLicenceDoesNotCount() {
        String figure = "<figure><img src=\"" + HOTLINKED + "\"><figcaption>Photo: Jane Doe</figcaption></figure>";
        assertEquals(Severity.BLOCK, aReview(figure).findings(rule).get(0).severity());
    }

    @Test
    void everyKindOfMediaIsChecked() {
        String html = "<video src=\"https://videos.example/v.mp4\"></video><audio src=\"/media/song.mp3\"></audio>"
                + "<iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>";
        List<Finding> findings = aReview(html).asComment().byStudent().findings(rule);
        assertEquals(List.of(Severity.BLOCK, Severity.WARN, Severity.BLOCK), findings.stream().map(Finding::severity).toList());
    }
}
