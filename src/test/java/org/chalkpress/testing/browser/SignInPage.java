package org.chalkpress.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        driver.findElement(By.id("submit")).click();
    }

    public void signOut() {
        driver.get(base + "sign-out");
    }
}
