package org.chalkpress.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.PostEditorPage;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A class blog in a real browser: a teacher publishes, a parent reads, others cannot. */
class BlogBrowserIT extends BrowserTest {

    private String postUrl(String title) {
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        return driver.findElement(By.linkText(title)).getAttribute("href");
    }

    @Test
    void aTeacherPublishesAClassPostThatAParentOfTheClassReadsAndOthersCannot() {
        SignInPage signIn = new SignInPage(driver, base.toString());
        signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Pumpkin measuring day")
                .body("Today we measured pumpkins and graphed their weights.")
                .audience("class");
        String dialog = editor.dialogText();
        assertTrue(dialog.contains("the students and teachers of this class and the students' parents"), dialog);
        assertTrue(dialog.contains("may stay public indefinitely"), dialog);
        driver.findElement(By.id("publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/teach/posts"));
        assertTrue(driver.getPageSource().contains("Published."));
        String url = postUrl("Pumpkin measuring day");

        signIn.signInAs("parent.maya.rivera", DemoPeople.PASSWORD);
        driver.get(url);
        assertEquals("Pumpkin measuring day", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.className("cp-post")).getText().contains("graphed their weights"));

        signIn.signInAs("parent.elias.kowalski", DemoPeople.PASSWORD);
        driver.get(url);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Page not found"));

        signIn.signOut();
        driver.manage().deleteAllCookies();
        driver.get(url);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Page not found"));
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        assertFalse(driver.getPageSource().contains("Pumpkin measuring day"));
    }

    @Test
    void aBlockedPostStaysADraftWithItsFindingsBesideTheEditor() {
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Test results")
                .body("Maya Rivera failed the spelling test with a score of 40%.");
        editor.publish();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be published"));
        assertTrue(editor.messages().contains("Your draft is saved"));
        List<String> findings = editor.findingTexts();
        assertTrue(findings.stream().anyMatch(f -> f.contains("STUDENT-PRIVACY")), findings::toString);
        assertEquals("Draft", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.cssSelector("#body .ql-editor")).getText().contains("failed the spelling test"));
    }

    @Test
    void aStudentCannotReachThePostEditor() {
        new SignInPage(driver, base.toString()).signInAs("maya.rivera", DemoPeople.PASSWORD);
        driver.get(base + "teach/post-editor?site=" + DemoPeople.GRADE4);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Page not found"));
        assertTrue(driver.findElements(By.cssSelector("#body .ql-editor")).isEmpty());
    }
}
