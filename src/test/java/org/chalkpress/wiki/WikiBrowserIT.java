package org.chalkpress.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Http;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.SignInPage;
import org.chalkpress.testing.browser.WikiEditorPage;
import org.chalkpress.testing.browser.WikiReviewPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A class wiki in a real browser: a student proposes an edit, the teacher reviews it and approves it. */
class WikiBrowserIT extends BrowserTest {

    private static final String STUDENT = "maya.rivera";

    private String pageText() {
        return driver.findElement(By.className("cp-wiki-page")).getText();
    }

    @Test
    void aStudentsEditReachesThePageOnlyWhenTheTeacherApprovesIt() {
        String title = "Seasons " + UUID.randomUUID().toString().substring(0, 6);
        SignInPage signIn = new SignInPage(driver, base.toString());
        signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        WikiReviewPage.open(driver, base.toString(), DemoPeople.GRADE4).letStudentsEdit();
        WikiEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title(title).markdown("There are four seasons.").summary("New page").save();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/wiki/seasons-"));
        String pageUrl = driver.getCurrentUrl();
        assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        assertTrue(pageText().contains("There are four seasons."));

        signIn.signInAs(STUDENT, DemoPeople.PASSWORD);
        driver.get(pageUrl);
        driver.findElement(By.id("edit-page")).click();
        WikiEditorPage editor = new WikiEditorPage(driver).append("\n\n| Season | Weather |\n|---|---|\n| Winter | Snow |")
                .summary("Added a table");
        editor.save();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Sent to your teacher"));
        driver.get(pageUrl);
        assertFalse(pageText().contains("Snow"), "unchanged until approved");

        signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        WikiReviewPage review = WikiReviewPage.open(driver, base.toString(), DemoPeople.GRADE4);
        String proposal = review.proposal(title).getText();
        assertTrue(proposal.contains("Added a table"), proposal);
        assertTrue(proposal.contains("| Winter | Snow |"), "the diff shows the new lines: " + proposal);
        assertTrue(proposal.contains("The policy check found nothing."), proposal);
        review.approve(title);

        driver.get(pageUrl);
        assertTrue(pageText().contains("Snow"));
        assertTrue(driver.findElement(By.cssSelector(".cp-wiki-page td")).getText().contains("Winter"));
        assertTrue(pageText().contains("Last edited by Maya Rivera"), pageText());

        Http anonymous = new Http(base.toString());
        assertEquals(404, anonymous.get(pageUrl.substring(base.toString().length() - 1)).statusCode(),
                "a class page is not public");
    }

    @Test
    void findingsAppearBesideTheWikiEditorWhileTheTeacherTypes() {
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        WikiEditorPage editor = WikiEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Contacts " + UUID.randomUUID().toString().substring(0, 6))
                .markdown("| Who | Phone |\n|---|---|\n| Maya Rivera | 555-201-4477 |");
        String finding = editor.liveFinding("STUDENT-PRIVACY");
        assertTrue(finding.contains("555-201-4477"), "the span is quoted: " + finding);
        assertTrue(editor.highlighted("STUDENT-PRIVACY").contains("555-201-4477"), "marked in the checked text");

        editor.markdown("| Who | Job |\n|---|---|\n| Maya Rivera | Line leader |");
        assertEquals("Checked: nothing goes against the policy.", editor.liveStatus("nothing goes against"));
    }

    @Test
    void linksToMissingPagesCreateThemAndRenamedPagesKeepTheirOldAddress() {
        String id = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        String tides = "Tides " + id;
        String moon = "Moon phases " + id;
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        WikiEditorPage tidesEditor = WikiEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title(tides).markdown("Tides follow the [[" + moon + "|moon]]. <b>raw</b>");
        String preview = tidesEditor.preview();
        assertTrue(preview.contains("Tides follow the moon. <b>raw</b>"), "raw HTML shown as text: " + preview);
        assertTrue(tidesEditor.messages().contains("Not saved yet"));
        tidesEditor.save();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/wiki/tides-"));
        String tidesUrl = driver.getCurrentUrl();
        assertEquals("Create the page " + moon, driver.findElement(By.linkText("moon")).getAttribute("title"));

        driver.findElement(By.linkText("moon")).click();
        driver.findElement(By.id("create-page")).click();
        new WikiEditorPage(driver).title(moon).markdown("New, first quarter, full, last quarter.").save();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/wiki/moon-phases-"));
        String moonUrl = driver.getCurrentUrl();
        assertTrue(driver.findElement(By.className("cp-wiki-links-here")).getText().contains(tides));

        driver.get(tidesUrl);
        assertEquals("", driver.findElement(By.linkText("moon")).getAttribute("title"));

        driver.get(moonUrl);
        driver.findElement(By.id("edit-page")).click();
        new WikiEditorPage(driver).title("Phases of the moon " + id).summary("Better title").save();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/wiki/phases-of-the-moon-"));
        driver.get(moonUrl);
        assertEquals("Phases of the moon " + id, driver.findElement(By.tagName("h1")).getText(), "old address redirects");

        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/wiki/-/recent");
        assertTrue(driver.findElement(By.id("recent-changes")).getText().contains("Better title"));
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/wiki/-/search?q=quarter+" + id);
        String results = driver.findElement(By.id("search-results")).getText();
        assertTrue(results.startsWith("Phases of the moon " + id), results);
        assertFalse(driver.findElements(By.cssSelector("#search-results mark")).isEmpty());

        Http anonymous = new Http(base.toString());
        assertEquals(404, anonymous.get("/sites/" + DemoPeople.GRADE4 + "/wiki/no-such-page-" + id).statusCode());
        assertEquals(200, anonymous.get("/sites/" + DemoPeople.GRADE4 + "/wiki/").statusCode());
        assertFalse(anonymous.get("/sites/" + DemoPeople.GRADE4 + "/wiki/").body().contains(tides), "class pages");
    }
}
