package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Photos, video and names" on my account page: one row per child (or me) and kind of consent. */
public final class AccountConsentPage {

    private final WebDriver driver;

    private AccountConsentPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens it the way a parent does: from My account. */
    public static AccountConsentPage openFromAccountHome(WebDriver driver, String base) {
        driver.get(base + "account/home");
        driver.findElement(By.id("consent-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/account/consent"));
        return new AccountConsentPage(driver);
    }

    private WebElement row(String username, String kind) {
        return driver.findElement(By.id(username + "-" + kind));
    }

    /** The row's state, read again if the row is re-drawn (after grant or revoke) while it is read. */
    public String state(String username, String kind) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> {
            try {
                return row(username, kind).findElement(By.className("cp-consent-state")).getText();
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return null;
            }
        });
    }

    public String message() {
        return driver.findElement(By.id("messages")).getText();
    }

    public AccountConsentPage give(String username, String kind, String audienceLabel) {
        new Select(row(username, kind).findElement(By.tagName("select"))).selectByVisibleText(audienceLabel);
        row(username, kind).findElement(By.cssSelector("input[value='Give permission']")).click();
        return this;
    }

    public AccountConsentPage revoke(String username, String kind) {
        row(username, kind).findElement(By.cssSelector("input[value='Revoke']")).click();
        driver.switchTo().alert().accept();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.id(username + "-" + kind)).getText().contains("Granted"));
        return this;
    }

    public boolean shows(String username) {
        return !driver.findElements(By.id("person-" + username)).isEmpty();
    }
}
