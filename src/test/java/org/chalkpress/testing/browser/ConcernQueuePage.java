package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The communications staff's queue of reports (admin/concerns). */
public final class ConcernQueuePage {

    private final WebDriver driver;

    private ConcernQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ConcernQueuePage open(WebDriver driver, String base) {
        driver.get(base + "admin/concerns");
        return new ConcernQueuePage(driver);
    }

    /** The queue entry for a post, with its text and reports. */
    public WebElement postEntry(long itemId) {
        return driver.findElement(By.cssSelector("section[data-target='POST-" + itemId + "']"));
    }

    /** Hides the post and gives the message of the page that answers (not of this one, which also has messages). */
    public String hidePost(long itemId) {
        PageChange.byClicking(driver, postEntry(itemId).findElement(By.className("cp-concern__hide")));
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("messages"))).getText();
    }
}
