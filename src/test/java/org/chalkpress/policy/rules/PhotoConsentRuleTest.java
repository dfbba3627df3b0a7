package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.MediaShown;
import org.chalkpress.policy.MediaShown.PersonShown;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;

class PhotoConsentRuleTest {

    private static final String SRC = "/media/grade-4-hill/7";
    private static final String HTML = "<p>Our trip to the farm.</p><figure><img src=\"" + SRC
            + "\" alt=\"the class at the farm\"></figure>";
    private static final PersonShown MAYA = new PersonShown(1, "Maya Rivera", true, "Maya Rivera's release covers it");
    private static final PersonShown LEO = new PersonShown(2, "Leo Haddad", false,
            "Leo Haddad's guardian has not given a media release for photos");

    private final PhotoConsentRule rule = new PhotoConsentRule();

    private List<Finding> check(MediaShown media) {
        Review review = Review.of(ContentKind.POST, HTML).mediaShown(List.of(media)).build();
        return rule.check(review);
    }

    private static MediaShown photo(List<PersonShown> people, boolean stated, Integer faces) {
        return new MediaShown(SRC, "photo", "farm.jpg", people, stated, faces, false);
    }

    @Test
    void aTaggedStudentWithoutAReleaseBlocksAndTheMessageNamesThemAndWhatIsMissing() {
        List<Finding> findings = check(photo(List.of(MAYA, LEO), true, 2));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ClauseId.PHOTO_CONSENT, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertTrue(f.message().contains("Leo Haddad is tagged in the photo \"farm.jpg\""), f.message());
        assertTrue(f.message().contains("has not given a media release for photos"), f.message());
        assertEquals("Blur them, remove the photo, or ask for a release.", f.fix());
    }

    @Test
    void everyoneWithConsentPasses() {
        assertEquals(List.of(), check(photo(List.of(MAYA), true, 1)));
        assertEquals(List.of(), check(photo(List.of(), true, null)));
    }

    @Test
    void untaggedMediaWarns() {
        List<Finding> findings = check(photo(List.of(), false, null));

        assertEquals(Severity.WARN, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("No one is tagged"), findings.get(0).message());
    }

    @Test
    void moreFacesThanTaggedPeopleWarns() {
        List<Finding> findings = check(photo(List.of(MAYA), true, 3));

        assertEquals(1, findings.size());
        assertEquals(Severity.WARN, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("shows 3 faces but 1 person is tagged"),
                findings.get(0).message());
    }

    @Test
    void aStudentWithoutAReleaseWhoseFaceIsBlurredNoLongerBlocks() {
        PersonShown leoBlurred = new PersonShown(2, "Leo Haddad", false, LEO.explanation(), true);

        List<Finding> findings = check(new MediaShown(SRC, "photo", "farm.jpg", List.of(MAYA, leoBlurred), true, 2,
                false, 1));

        assertEquals(List.of(), findings);
    }

    @Test
    void blurringSomeoneElsesFaceDoesNotLetAnUnblurredStudentWithoutAReleaseThrough() {
        List<Finding> findings = check(new MediaShown(SRC, "photo", "farm.jpg", List.of(MAYA, LEO), true, 3,
                false, 1));

        assertEquals(1, findings.size());
        assertEquals(Severity.BLOCK, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("Leo Haddad"), findings.get(0).message());
    }

    @Test
    void blurredFacesDoNotCountAsFacesOfUntaggedPeople() {
        assertEquals(List.of(), check(new MediaShown(SRC, "photo", "farm.jpg", List.of(MAYA), true, 3, false, 2)));

        List<Finding> findings = check(new MediaShown(SRC, "photo", "farm.jpg", List.of(MAYA), true, 4, false, 2));
        assertEquals(1, findings.size());
        assertEquals(Severity.WARN, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("shows 2 faces that are not blurred but 1 person is tagged"),
                findings.get(0).message());
    }

    @Test
    void withdrawnMediaBlocks() {
        List<Finding> findings = check(new MediaShown(SRC, "photo", "farm.jpg", List.of(MAYA), true, 1, true));

        assertEquals(Severity.BLOCK, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("was withdrawn"));
    }
}
