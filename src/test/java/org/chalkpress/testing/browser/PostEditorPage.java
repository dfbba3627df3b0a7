package org.chalkpress.testing.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The post editor: title, rich-text body, audience, the findings panel and the publish dialog. */
public final class PostEditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public PostEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static PostEditorPage openNew(WebDriver driver, String base, String site) {
        driver.get(base + "teach/post-editor?site=" + site);
        return new PostEditorPage(driver);
    }

    public PostEditorPage title(String title) {
        WebElement field = driver.findElement(By.id("title"));
        field.clear();
        field.sendKeys(title);
        return this;
    }

    public PostEditorPage body(String text) {
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body .ql-editor")));
        editor.click();
        editor.sendKeys(text);
        return this;
    }

    public PostEditorPage audience(String code) {
        driver.findElement(By.cssSelector("input[name='audience'][value='" + code + "']")).click();
        return this;
    }

    public void publish() {
        driver.findElement(By.id("open-publish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish"))).click();
    }

    public String dialogText() {
        driver.findElement(By.id("open-publish")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-dialog"))).getText();
    }

    public List<WebElement> findings() {
        return driver.findElements(By.cssSelector("#findings li"));
    }

    /** The findings' texts, read again while the live check re-draws the list under the reader. */
    public List<String> findingTexts() {
        return wait.until(d -> {
            try {
                return d.findElements(By.cssSelector("#findings li")).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return null;
            }
        });
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}
