package org.chalkpress.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.chalkpress.testing.RunningServer;
import org.chalkpress.testing.browser.Browser;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A production install's first start: no demo district, no accounts but one district administrator, made
 * either from configuration or by whoever opens the one-time setup link the server prints.
 */
class FirstStartIT {

    private static final Pattern SETUP_LINK = Pattern.compile("(/setup\\?token=[0-9a-f]+)");

    @Test
    void withoutConfigurationTheFirstStartPrintsASetupLinkThatWorksOnce() throws Exception {
        try (RunningServer server = RunningServer.start(Map.of("CHALKPRESS_DEMO", "false"))) {
            assertEquals(404, server.status("sites/grade-4-hill/"), "production mode seeds no demo district");
            String link = server.fromLog(SETUP_LINK);
            assertNotNull(link, "the log names the setup link:\n" + server.log());

            WebDriver browser = Browser.start();
            try {
                browser.get(server.base() + link.substring(1));
                browser.findElement(By.id("username")).sendKeys("dana.admin");
                browser.findElement(By.id("password")).sendKeys("a long first password");
                browser.findElement(By.id("create")).click();
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("main"), "The district administrator account is ready"));

                new SignInPage(browser, server.base()).signInAs("dana.admin", "a long first password");
                browser.get(server.base() + "admin/audit");
                assertEquals("Audit log", browser.findElement(By.tagName("h1")).getText(),
                        "the new administrator reaches the district's administration");

                browser.manage().deleteAllCookies();
                browser.get(server.base() + link.substring(1));
                assertTrue(browser.getPageSource().contains("This setup link has already been used"),
                        "the link works once");
                assertTrue(browser.findElements(By.id("create")).isEmpty());
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void configuredAdministratorIsCreatedAndNoSetupLinkIsPrinted() throws Exception {
        try (RunningServer server = RunningServer.start(Map.of("CHALKPRESS_DEMO", "false",
                "CHALKPRESS_ADMIN_USERNAME", "it.admin", "CHALKPRESS_ADMIN_PASSWORD", "configured password 1"))) {
            assertNull(server.fromLog(SETUP_LINK), "no setup link when the administrator is configured");
            assertFalse(server.log().contains("chalkpress-demo"), "no demo sign-ins are printed");
            assertEquals(404, server.status("sites/grade-4-hill/"));

            WebDriver browser = Browser.start();
            try {
                new SignInPage(browser, server.base()).signInAs("it.admin", "configured password 1");
                browser.get(server.base() + "admin/roster");
                assertEquals("Roster import", browser.findElement(By.tagName("h1")).getText());
            } finally {
                browser.quit();
            }
        }
    }
}
