package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "Report a concern" form, reached from a reading page's link. */
public final class ConcernReportPage {

    private final WebDriver driver;

    private ConcernReportPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Follows the "Report a concern" link of the page the browser shows. */
    public static ConcernReportPage fromReadingPage(WebDriver driver) {
        driver.findElement(By.id("report-concern")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("send")));
        return new ConcernReportPage(driver);
    }

    public ConcernReportPage problem(String clauseCode) {
        driver.findElement(By.cssSelector("input[name='clause'][value='" + clauseCode + "']")).click();
        return this;
    }

    public ConcernReportPage inOwnWords(String text) {
        driver.findElement(By.id("reason")).sendKeys(text);
        return this;
    }

    /** Sends the report and answers the confirmation shown. */
    public String send() {
        driver.findElement(By.id("send")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("report-sent"))).getText();
    }
}
