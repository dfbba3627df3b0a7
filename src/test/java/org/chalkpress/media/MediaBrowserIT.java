package org.chalkpress.media;

import org.chalkpress.testing.browser.Gone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher in a real browser: uploads class photos, tags two students — one without a media release — is
 * blocked, replaces the photo with one showing only the student with a release, and publishes.
 */
class MediaBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void aTeacherIsBlockedByAStudentWithoutAReleaseThenPublishesAPhotoWithoutThem() throws Exception {
        Path classPhoto = Files.write(dir.resolve("class-photo.jpg"), TestImages.jpegWithCameraMetadata(1200, 800, 1));
        Path mayaPhoto = Files.write(dir.resolve("maya-reading.jpg"), TestImages.jpeg(900, 600));
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);

        MediaLibraryPage library = MediaLibraryPage.open(driver, base.toString(), DemoPeople.GRADE4)
                .upload(List.of(classPhoto, mayaPhoto));
        library.describe("class-photo.jpg").altText("Our class in the reading corner")
                .tag("Maya Rivera").tag("Leo Haddad").save();
        library.describe("maya-reading.jpg").altText("Maya reading her story aloud").tag("Maya Rivera").save();

        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Reading week").body("Reading week in our class. ").audience("class");
        insert("class-photo.jpg");
        editor.publish();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be published"));
        assertEquals("Draft", driver.findElement(By.id("status")).getText());
        // The live check may redraw the list while it is read: read it again until one reading holds.
        String block = wait.ignoring(StaleElementReferenceException.class).until(d -> editor.findings().stream()
                .map(WebElement::getText).filter(text -> text.contains("PHOTO-CONSENT")).findFirst().orElse(null));
        assertTrue(block.contains("Leo Haddad is tagged in the photo \"class-photo.jpg\""), block);
        assertTrue(block.contains("Blur them, remove the photo, or ask for a release."), block);

        ((JavascriptExecutor) driver).executeScript("PF('bodyEditor').editor.setText('')");
        editor.body("Reading week in our class. ");
        insert("maya-reading.jpg");
        WebElement before = driver.findElement(By.id("messages"));
        editor.publish();
        wait.until(Gone.from(before));
        wait.until(d -> d.getCurrentUrl().contains("/teach/posts") || !d.findElements(By.id("findings-list")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/teach/posts"), () -> "Still in the editor: "
                + driver.findElement(By.id("messages")).getText() + " | "
                + editor.findings().stream().map(WebElement::getText).toList());
        assertTrue(driver.getPageSource().contains("Published."));

        new SignInPage(driver, base.toString()).signInAs(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        driver.findElement(By.linkText("Reading week")).click();
        WebElement photo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cp-post img[src^='/media/']")));
        assertEquals("Maya reading her story aloud", photo.getAttribute("alt"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].naturalWidth", photo)).intValue() > 0);
        String post = driver.findElement(By.className("cp-post")).getText();
        assertTrue(post.contains("Photo: Rebecca Hill"), post);
        assertFalse(driver.getPageSource().contains("class-photo"));
    }

    private void insert(String fileName) {
        driver.findElement(By.cssSelector(".cp-media-insert[data-file='" + fileName + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#body .ql-editor img[alt]")));
    }
}
