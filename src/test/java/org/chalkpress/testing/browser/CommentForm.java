package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The comments under a post or wiki page, and the form to write one. */
public final class CommentForm {

    private final WebDriver driver;

    public CommentForm(WebDriver driver) {
        this.driver = driver;
    }

    public CommentForm send(String text) {
        WebElement area = driver.findElement(By.id("comment-text"));
        area.clear();
        area.sendKeys(text);
        WebElement section = driver.findElement(By.id("comments"));
        driver.findElement(By.id("comment-send")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(Gone.from(section));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("comments")));
        return this;
    }

    public String feedback() {
        return driver.findElement(By.id("comment-feedback")).getText();
    }

    public String draft() {
        return driver.findElement(By.id("comment-text")).getAttribute("value");
    }

    public String comments() {
        return driver.findElement(By.id("comments")).getText();
    }
}
