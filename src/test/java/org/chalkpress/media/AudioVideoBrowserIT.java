package org.chalkpress.media;

import org.chalkpress.testing.browser.Gone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.MediaLibraryPage;
import org.chalkpress.testing.browser.PostEditorPage;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher in a real browser inserts a class video and a recording from the library into a post, saves and
 * reopens it (the players stay in the editor), publishes, and a parent plays the recording on the page.
 */
class AudioVideoBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    private Path fixture(String name, String as) throws Exception {
        return Files.copy(Path.of(getClass().getResource("/media/" + name).toURI()), dir.resolve(as));
    }

    @Test
    void aTeacherInsertsAVideoAndARecordingAndAParentPlaysThem() throws Exception {
        Path video = fixture("phone-video-with-location.mp4", "farm-video.mp4");
        Path memo = fixture("voice-memo-with-tags.mp3", "book-talk.mp3");
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        MediaLibraryPage library = MediaLibraryPage.open(driver, base.toString(), DemoPeople.GRADE4)
                .upload(List.of(video, memo));
        library.describe("farm-video.mp4").tag("Maya Rivera").save();
        library.describe("book-talk.mp3").tag("Maya Rivera").save();

        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Farm video").body("Our visit to the farm. ").audience("class");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.findElement(By.cssSelector(".cp-media-insert[data-file='farm-video.mp4']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body .ql-editor video[src^='/media/']")));
        driver.findElement(By.cssSelector(".cp-media-insert[data-file='book-talk.mp3']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body .ql-editor audio[src^='/media/']")));

        WebElement form = driver.findElement(By.id("editor"));
        driver.findElement(By.id("save")).click();
        wait.until(Gone.from(form));
        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#body .ql-editor video[src^='/media/']")));
        assertEquals("1", String.valueOf(driver.findElements(By.cssSelector("#body .ql-editor audio[src^='/media/']")).size()),
                "the recording is still in the reopened draft");
        assertTrue(saved.getAttribute("src").contains("/media/" + DemoPeople.GRADE4 + "/"));

        editor.publish();
        wait.until(d -> d.getCurrentUrl().contains("/teach/posts") || !d.findElements(By.id("findings-list")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/teach/posts"), () -> "Still in the editor: " + editor.messages()
                + " | " + editor.findings().stream().map(WebElement::getText).toList());

        new SignInPage(driver, base.toString()).signInAs(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        driver.findElement(By.linkText("Farm video")).click();
        WebElement player = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cp-post audio[controls][src^='/media/']")));
        assertTrue(driver.findElements(By.cssSelector(".cp-post video[controls][src^='/media/']")).size() == 1);
        assertTrue(driver.findElements(By.cssSelector(".cp-post [autoplay]")).isEmpty());
        // The browser fetched the stored recording and read its length: it still plays after its tags were cut off.
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].readyState", player))
                .intValue() >= 1);
        double seconds = ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].duration", player))
                .doubleValue();
        assertEquals(2, Math.round(seconds));
        String post = driver.findElement(By.className("cp-post")).getText();
        assertTrue(post.contains("Video: Rebecca Hill"), post);
        assertTrue(post.contains("Recording: Rebecca Hill"), post);
    }
}
