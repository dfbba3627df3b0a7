package org.chalkpress.testing.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The episode editor: title, notes, the recording and transcript files or library choices, audience, findings and
 * the publish and unpublish buttons.
 */
public final class EpisodeEditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public EpisodeEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static EpisodeEditorPage openNew(WebDriver driver, String base, String site) {
        driver.get(base + "teach/episode-editor?site=" + site);
        return new EpisodeEditorPage(driver);
    }

    public EpisodeEditorPage title(String title) {
        WebElement field = driver.findElement(By.id("title"));
        field.clear();
        field.sendKeys(title);
        return this;
    }

    public EpisodeEditorPage notes(String text) {
        WebElement field = driver.findElement(By.id("notes"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks a library item in "Choose from the media library" (the first of that name); saved with the draft. */
    public EpisodeEditorPage chooseFromLibrary(String fileName) {
        driver.findElement(By.cssSelector("#media-picker button.cp-media-choose[data-file='" + fileName + "']")).click();
        return this;
    }

    /** Takes the live episode down and waits for the editor to come back. */
    public EpisodeEditorPage unpublish() {
        WebElement unpublish = driver.findElement(By.id("unpublish"));
        unpublish.click();
        wait.until(Gone.from(unpublish));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
        return this;
    }

    public FindingsPanel findingsPanel() {
        return new FindingsPanel(driver);
    }

    public EpisodeEditorPage recording(Path file) {
        driver.findElement(By.id("audio")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public EpisodeEditorPage transcript(Path file) {
        driver.findElement(By.id("transcript")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public EpisodeEditorPage audience(String code) {
        driver.findElement(By.cssSelector("input[name='audience'][value='" + code + "']")).click();
        return this;
    }

    public EpisodeEditorPage save() {
        WebElement save = driver.findElement(By.id("save"));
        save.click();
        wait.until(Gone.from(save));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
        return this;
    }

    public String text(String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String findings() {
        return driver.findElement(By.id("findings")).getText();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Publishes and waits for the answer: the next page (the editor again, or the list of episodes). */
    public void publish() {
        driver.findElement(By.id("open-publish")).click();
        WebElement publish = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish")));
        publish.click();
        wait.until(Gone.from(publish));
    }
}
