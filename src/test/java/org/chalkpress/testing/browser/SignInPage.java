package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in form. */
public final class SignInPage {

    private final WebDriver driver;
    private final String base;

    public SignInPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public void signInAs(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("submit"));
        submit.click();
        // The next page must not be asked for before the sign-in answered, or it is asked for signed out.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(Gone.from(submit));
    }

    public void signOut() {
        driver.get(base + "sign-out");
    }
}
