package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.MediaCredit;
import org.junit.jupiter.api.Test;

class CreditLineTest {

    private static MediaItem photo(MediaDetails details) {
        MediaItem item = new MediaItem(1L, 2L, MediaType.JPEG, "0".repeat(64), 10, "owl.jpg");
        details.validateFor(item);
        item.describe(details);
        return item;
    }

    @Test
    void ownWorkIsCreditedToTheUploader() {
        MediaItem item = photo(new MediaDetails("An owl", "", true, "", null, "", Set.of(), true, ""));

        assertEquals("Photo: Rebecca Hill", CreditLine.of(item, "Rebecca Hill"));
    }

    @Test
    void someoneElsesWorkNamesTheSourceAndLicence() {
        MediaItem item = photo(new MediaDetails("An owl", "", false, "Jane Doe, Wikimedia Commons",
                MediaCredit.Licence.CC_BY_SA, "", Set.of(), true, ""));

        assertEquals("Photo: Jane Doe, Wikimedia Commons, CC BY-SA", CreditLine.of(item, "Rebecca Hill"));
    }

    @Test
    void detailsThatCannotBeSavedSayWhatToFixPerField() {
        MediaItem item = new MediaItem(1L, 2L, MediaType.JPEG, "0".repeat(64), 10, "owl.jpg");
        MediaDetails missing = new MediaDetails("", "", false, "", MediaCredit.Licence.FAIR_USE, "", Set.of(7L),
                true, "");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> missing.validateFor(item));

        assertEquals(Set.of("altText", "source", "fairUseJustification", "people"), refused.fieldErrors().keySet());
        assertTrue(refused.fieldErrors().get("altText").contains("alt text is required"));
    }

    @Test
    void untaggedMeansNothingWasSaidAboutPeople() {
        assertTrue(new MediaItem(1L, 2L, MediaType.JPEG, "0".repeat(64), 10, "a.jpg").peopleUnstated());
    }

    @Test
    void embeddedLibraryMediaIsFoundByItsAddress() {
        assertEquals(Set.of(12L, 7L, 9L), MediaUses.referencedIds("<img src=\"/media/grade-4-hill/12\">"
                + "<img src=\"/media/grade-4-hill/7/640\"><img src=\"/media/x/12abc\">"
                + "<img src=\"//blogs.example.org/media/grade-4-hill/9\"><a href=\"/media/grade-4-hill/5\">x</a>"));
    }
}
