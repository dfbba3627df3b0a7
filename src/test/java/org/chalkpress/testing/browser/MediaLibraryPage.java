package org.chalkpress.testing.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A class site's media library: upload files, describe one, tag people, blur faces. */
public final class MediaLibraryPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public MediaLibraryPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static MediaLibraryPage open(WebDriver driver, String base, String site) {
        driver.get(base + "teach/media?site=" + site);
        return new MediaLibraryPage(driver);
    }

    /** Chooses several files at once, as a drop or a multiple selection does; waits until each is listed. */
    public MediaLibraryPage upload(List<Path> files) {
        driver.findElement(By.cssSelector("#upload input[type=file]"))
                .sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        for (Path file : files) {
            try {
                wait.until(ExpectedConditions.presenceOfElementLocated(row(file.getFileName().toString())));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(file.getFileName() + " was not listed. Messages: " + messages()
                        + "\nPage: " + driver.findElement(By.tagName("main")).getAttribute("innerHTML"), e);
            }
        }
        return this;
    }

    private static By row(String fileName) {
        return By.cssSelector("tr.cp-media-row[data-file='" + fileName + "']");
    }

    public MediaLibraryPage describe(String fileName) {
        var shown = driver.findElements(By.id("details-form"));
        // Rows still move while the last uploads settle; a click another row intercepts did nothing, so try again.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(row(fileName)).findElement(By.cssSelector(".cp-media-describe")).click();
                    return true;
                });
        if (!shown.isEmpty()) {
            wait.until(Gone.from(shown.get(0)));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details-form h2"), fileName));
        return this;
    }

    public MediaLibraryPage altText(String text) {
        var field = driver.findElement(By.id("altText"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public MediaLibraryPage tag(String personName) {
        driver.findElement(By.xpath("//table[@id='people']//label[normalize-space()='" + personName + "']")).click();
        return this;
    }

    public MediaLibraryPage save() {
        var form = driver.findElement(By.id("details-form"));
        driver.findElement(By.id("save-details")).click();
        try {
            wait.until(Gone.from(form));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Saved the details"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The details were not saved. Messages: " + messages() + "\nDetails: "
                    + driver.findElement(By.id("details")).getText(), e);
        }
        return this;
    }

    /** The numbered face boxes drawn over the described photo. */
    public int faceBoxes() {
        return driver.findElements(By.cssSelector("#faces-form .cp-face-box")).size();
    }

    public int blurredFaceBoxes() {
        return driver.findElements(By.cssSelector("#faces-form .cp-face-box--blurred")).size();
    }

    /** Ticks face {@code number}, says whose it is (a tagged person's name, or "Someone not tagged"), blurs it. */
    public MediaLibraryPage blurFace(int number, String whose) {
        var row = driver.findElement(By.cssSelector("tr.cp-face-row[data-face='" + number + "']"));
        new org.openqa.selenium.support.ui.Select(row.findElement(By.cssSelector("select.cp-face-whose")))
                .selectByVisibleText(whose);
        row.findElement(By.cssSelector("input.cp-face-blur")).click();
        var form = driver.findElement(By.id("faces-form"));
        driver.findElement(By.id("blur-selected")).click();
        wait.until(Gone.from(form));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Blurred face " + number));
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}
