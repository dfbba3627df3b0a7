package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Students' proposed wiki edits, as a teacher reviews them. */
public final class WikiReviewPage {

    private final WebDriver driver;

    private WikiReviewPage(WebDriver driver) {
        this.driver = driver;
    }

    public static WikiReviewPage open(WebDriver driver, String base, String site) {
        driver.get(base + "teach/wiki-review?site=" + site);
        return new WikiReviewPage(driver);
    }

    public WikiReviewPage letStudentsEdit() {
        WebElement toggle = driver.findElement(By.id("toggle-students"));
        if (toggle.getAttribute("value").startsWith("Let students")) {
            toggle.click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Students may now"));
        }
        return this;
    }

    /** The proposal for the page with this title. */
    public WebElement proposal(String title) {
        return driver.findElements(By.cssSelector("article.cp-wiki-proposal")).stream()
                .filter(a -> a.findElement(By.tagName("h2")).getText().startsWith(title))
                .findFirst().orElseThrow(() -> new AssertionError("No proposal for " + title));
    }

    public void approve(String title) {
        proposal(title).findElement(By.cssSelector("input[id$='approve']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved"));
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}
