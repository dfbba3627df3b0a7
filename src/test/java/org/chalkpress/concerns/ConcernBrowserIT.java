package org.chalkpress.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Http;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.ConcernQueuePage;
import org.chalkpress.testing.browser.ConcernReportPage;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A report of concern in a real browser: an anonymous visitor reports, staff hide, the page is gone. */
class ConcernBrowserIT extends BrowserTest {

    private static final String JSON = "application/json";

    /** Ms. Hill publishes a public post through the API; answers its id. */
    private long publicPost(String title) {
        Http http = new Http(base.toString());
        String password = http.post("/testing/application-password?username=" + DemoPeople.TEACHER,
                "application/x-www-form-urlencoded", "").body();
        Http teacher = new Http(base.toString()).withApplicationPassword(DemoPeople.TEACHER, password);
        HttpResponse<String> created = teacher.post("/api/v1/sites/" + DemoPeople.GRADE4 + "/posts", JSON,
                "{\"title\":\"" + title + "\",\"body\":\"<p>Photos from our trip to the orchard.</p>\","
                        + "\"audience\":\"public\"}");
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        assertEquals(200, teacher.post("/api/v1/posts/" + id.group(1) + "/publish", JSON, "{}").statusCode());
        return Long.parseLong(id.group(1));
    }

    @Test
    void anAnonymousVisitorReportsAPostAndOnceStaffHideItThePageIsGone() {
        long id = publicPost("Orchard trip");
        String url = base + "sites/" + DemoPeople.GRADE4 + "/posts/orchard-trip";
        driver.manage().deleteAllCookies();
        driver.get(url);
        assertEquals("Orchard trip", driver.findElement(By.tagName("h1")).getText());

        String confirmation = ConcernReportPage.fromReadingPage(driver)
                .problem("STUDENT-PRIVACY")
                .inOwnWords("The second photo shows a student's name tag.")
                .send();
        assertTrue(confirmation.contains("Thank you"), confirmation);

        new SignInPage(driver, base.toString()).signInAs(DemoPeople.COMMS, DemoPeople.PASSWORD);
        ConcernQueuePage queue = ConcernQueuePage.open(driver, base.toString());
        String entry = queue.postEntry(id).getText();
        assertTrue(entry.contains("Photos from our trip to the orchard."), entry);
        assertTrue(entry.contains("STUDENT-PRIVACY") && entry.contains("name tag"), entry);
        assertTrue(queue.hidePost(id).contains("Hidden"));
        assertTrue(queue.postEntry(id).getText().contains("HIDDEN pending review"));

        new SignInPage(driver, base.toString()).signOut();
        driver.manage().deleteAllCookies();
        driver.get(url);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Page not found"));
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        assertTrue(!driver.getPageSource().contains("Orchard trip"), "gone from the class blog's list too");
    }
}
