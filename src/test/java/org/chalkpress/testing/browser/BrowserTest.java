package org.chalkpress.testing.browser;

import java.net.MalformedURLException;
import java.net.URL;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** What every browser test shares: the deployed application, its address, and a fresh browser per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected WebDriver driver;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @BeforeEach
    void openBrowser() throws MalformedURLException {
        // Arquillian now and then hands over the root address without its last slash; pages append paths to it.
        if (!base.toString().endsWith("/")) {
            base = new URL(base + "/");
        }
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}
