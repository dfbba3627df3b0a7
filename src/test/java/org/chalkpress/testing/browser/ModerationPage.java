package org.chalkpress.testing.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The teacher's comment moderation queue, worked with the keyboard as well as the buttons. */
public final class ModerationPage {

    private final WebDriver driver;

    private ModerationPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ModerationPage open(WebDriver driver, String base, String site) {
        driver.get(base + "teach/moderation?site=" + site);
        return new ModerationPage(driver);
    }

    public String legend() {
        return driver.findElement(By.id("shortcuts")).getText();
    }

    /** Shows only comments by authors whose name contains this. */
    public ModerationPage byAuthor(String name) {
        WebElement author = driver.findElement(By.id("filter-author"));
        author.clear();
        author.sendKeys(name);
        PageChange.byClicking(driver, driver.findElement(By.id("filter")));
        return this;
    }

    public ModerationPage onlyWithFindings() {
        driver.findElement(By.id("filter-findings")).click();
        PageChange.byClicking(driver, driver.findElement(By.id("filter")));
        return this;
    }

    /** After r: types the reason into the focused box and presses Enter, which rejects. */
    public ModerationPage typeReasonAndPressEnter(String reason) {
        WebElement box = driver.switchTo().activeElement();
        WebElement old = driver.findElement(By.id("messages"));
        box.sendKeys(reason, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(Gone.from(old));
        return this;
    }

    public WebElement row(String containing) {
        return driver.findElements(By.cssSelector("article.cp-moderation-row")).stream()
                .filter(a -> a.getText().contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("No comment containing " + containing));
    }

    public int rows() {
        return driver.findElements(By.cssSelector("article.cp-moderation-row")).size();
    }

    /** Presses keys on the page itself (not in a field). */
    public ModerationPage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    public String currentRowText() {
        return driver.findElement(By.cssSelector("article.cp-moderation-row.cp-current")).getText();
    }

    /** Presses a key that submits the form, and waits for the queue to come back. */
    public ModerationPage pressAndWait(CharSequence key) {
        WebElement old = driver.findElement(By.id("messages"));
        press(key);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(Gone.from(old));
        return this;
    }

    /** With the editor open (key e), replaces the text and saves. */
    public ModerationPage typeEditAndSave(String text) {
        WebElement area = driver.switchTo().activeElement();
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        WebElement row = area.findElement(By.xpath("ancestor::article"));
        PageChange.byClicking(driver, row.findElement(By.cssSelector(".cp-save-edit")));
        return this;
    }

    public ModerationPage rejectTicked(String reason) {
        driver.findElement(By.id("bulk-reason")).sendKeys(reason);
        PageChange.byClicking(driver, driver.findElement(By.id("reject-selected")));
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}
