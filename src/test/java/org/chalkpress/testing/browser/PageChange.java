package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks something that brings a new page (a form posted without ajax) and waits for that page. Waiting for the
 * document to be "complete" alone is not enough: right after the click the old page still is, and what is read
 * next would be read from it (or vanish while being read).
 */
public final class PageChange {

    private PageChange() {
    }

    public static void byClicking(WebDriver driver, WebElement target) {
        WebElement old = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(Gone.from(old));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
    }
}
