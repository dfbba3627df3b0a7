package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The wiki editor (teachers' and students'): title, Markdown, edit summary, save. */
public final class WikiEditorPage {

    private final WebDriver driver;

    public WikiEditorPage(WebDriver driver) {
        this.driver = driver;
    }

    public static WikiEditorPage openNew(WebDriver driver, String base, String site) {
        driver.get(base + "teach/wiki-editor?site=" + site);
        return new WikiEditorPage(driver);
    }

    public WikiEditorPage title(String title) {
        return type("title", title);
    }

    public WikiEditorPage markdown(String text) {
        return type("markdown", text);
    }

    public WikiEditorPage append(String text) {
        driver.findElement(By.id("markdown")).sendKeys(text);
        return this;
    }

    public WikiEditorPage summary(String text) {
        return type("summary", text);
    }

    /** Saves and waits for the page that answers (the editor itself has a heading too, so wait for it to go). */
    public void save() {
        PageChange.byClicking(driver, driver.findElement(By.id("save")));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }

    /** Checks the text without saving; returns the preview. */
    public String preview() {
        driver.findElement(By.id("preview")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.id("preview-page")).isEmpty() ? null
                        : d.findElement(By.id("preview-page")).getText());
    }

    /** Waits (without saving or clicking) for the live check to list a finding of this clause; its text. */
    public String liveFinding(String clause) {
        return new FindingsPanel(driver).liveFinding(clause);
    }

    /** The words the live check marked for this clause in "the text as the policy check reads it". */
    public String highlighted(String clause) {
        return new FindingsPanel(driver).highlighted(clause);
    }

    /** Waits for the live check's status line to contain some words; the whole line. */
    public String liveStatus(String words) {
        return new FindingsPanel(driver).liveStatus(words);
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private WikiEditorPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }
}
