package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The live policy check beside an editor (wiki and episode editors): findings, marked text, status line. */
public final class FindingsPanel {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public FindingsPanel(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Waits (without saving or clicking) for the live check to list a finding of this clause; its text. */
    public String liveFinding(String clause) {
        By finding = By.cssSelector("#findings-list li[data-clause='" + clause + "']");
        return wait.until(d -> read(() -> d.findElements(finding).isEmpty() ? null : d.findElement(finding).getText()));
    }

    /** Waits for the live check to list no finding of this clause any more. */
    public void noFinding(String clause) {
        By finding = By.cssSelector("#findings-list li[data-clause='" + clause + "']");
        wait.until(d -> d.findElements(finding).isEmpty());
    }

    /** The words the live check marked for this clause in "the text as the policy check reads it". */
    public String highlighted(String clause) {
        By mark = By.cssSelector("#findings-preview mark[data-clause='" + clause + "']");
        return wait.until(d -> read(() -> d.findElements(mark).isEmpty() ? null : d.findElement(mark).getText()));
    }

    /** Waits for the live check's status line to contain some words; the whole line. */
    public String liveStatus(String words) {
        return wait.until(d -> read(() -> {
            String status = d.findElement(By.id("findings-status")).getText();
            return status.contains(words) ? status : null;
        }));
    }

    /** Chromium 156 reports a node the live check just replaced as an error, not as stale: read again. */
    private static String read(java.util.function.Supplier<String> text) {
        try {
            return text.get();
        } catch (WebDriverException redrawn) {
            return null;
        }
    }
}
