package org.chalkpress.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.PostEditorPage;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The policy check as a teacher meets it: findings appear while typing, block publishing, and clear when fixed. */
class LiveFindingsBrowserIT extends BrowserTest {

    private static final By PRIVACY_FINDING = By.cssSelector("#findings li[data-clause='STUDENT-PRIVACY']");

    @Test
    void aGradeFindingAppearsWhileTypingBlocksPublishingAndClearsOnceFixed() {
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Math update")
                .body("Maya Rivera got a D on the fractions test.");

        WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(PRIVACY_FINDING));
        assertTrue(finding.getAttribute("class").contains("finding-block"), finding.getAttribute("class"));
        assertTrue(driver.findElement(By.id("findings-preview")).findElements(By.cssSelector("mark.finding-block"))
                .stream().anyMatch(mark -> mark.getText().contains("Maya Rivera")));

        editor.publish();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be published"));

        WebElement body = driver.findElement(By.cssSelector("#body .ql-editor"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("Our class practised adding fractions with unlike denominators.");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(PRIVACY_FINDING));

        editor.publish();
        wait.until(ExpectedConditions.urlContains("/teach/posts"));
        assertTrue(driver.getPageSource().contains("Published."));
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        assertTrue(driver.getPageSource().contains("Math update"));
    }
}
