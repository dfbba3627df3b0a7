package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A class site's comment settings. */
public final class CommentSettingsPage {

    private final WebDriver driver;

    private CommentSettingsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static CommentSettingsPage open(WebDriver driver, String base, String site) {
        driver.get(base + "teach/comment-settings?site=" + site);
        return new CommentSettingsPage(driver);
    }

    /** Chooses who may comment by the label shown, e.g. "Students and their parents", and saves. */
    public CommentSettingsPage letComment(String who) {
        driver.findElements(By.cssSelector("#who label")).stream()
                .filter(l -> l.getText().equals(who)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice " + who)).click();
        driver.findElement(By.id("save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        return this;
    }
}
