package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.browser.AccountConsentPage;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;

/** A parent gives and revokes a media release for their child in a real browser. */
class ConsentBrowserIT extends BrowserTest {

    /** A grade 4 student no other test gives or takes consent for, and her parent. */
    private static final String CHILD = "aisha.moreau";
    private static final String PARENT = "parent.aisha.moreau";

    @Test
    void aParentGivesAPhotoReleaseForTheDistrictAndRevokesIt() {
        new SignInPage(driver, base.toString()).signInAs(PARENT, DemoPeople.PASSWORD);
        AccountConsentPage page = AccountConsentPage.openFromAccountHome(driver, base.toString());
        assertTrue(page.shows(CHILD));
        assertFalse(page.shows(DemoPeople.STUDENT_WITH_RELEASE), "only the parent's own children");
        assertEquals("Nothing on file", page.state(CHILD, "photo"));

        page.give(CHILD, "photo", "the class and the district");
        assertTrue(page.state(CHILD, "photo").startsWith("Granted for the class and the district until"),
                page.state(CHILD, "photo"));
        assertTrue(page.message().contains("Given: photos for Aisha Moreau."), page.message());

        page.revoke(CHILD, "photo");
        assertTrue(page.state(CHILD, "photo").startsWith("Revoked on "), page.state(CHILD, "photo"));
        assertTrue(page.message().contains("withdrawn from every page now"), page.message());
        assertEquals("Nothing on file", page.state(CHILD, "video"));
    }
}
