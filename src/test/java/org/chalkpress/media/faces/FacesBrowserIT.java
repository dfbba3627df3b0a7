package org.chalkpress.media.faces;

import org.chalkpress.testing.browser.Gone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chalkpress.media.TestImages;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4 in a real browser: a teacher uploads a class photo, tags two students — one without a media
 * release — is blocked, blurs that student's face in the media library (in another tab), and publishes.
 */
class FacesBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void aTeacherBlocksOnAStudentWithoutAReleaseBlursTheirFaceAndPublishes() throws Exception {
        Path classPhoto = Files.write(dir.resolve("reading-corner.jpg"),
                TestImages.encode(TestFaces.classPhoto(2), "jpeg"));
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);

        MediaLibraryPage library = MediaLibraryPage.open(driver, base.toString(), DemoPeople.GRADE4)
                .upload(List.of(classPhoto));
        library.describe("reading-corner.jpg").altText("Two of us in the reading corner")
                .tag("Maya Rivera").tag("Leo Haddad").save();
        assertEquals(2, library.faceBoxes(), "the photo shows its two faces, numbered");
        assertEquals(0, library.blurredFaceBoxes());

        PostEditorPage editor = PostEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Our reading corner").body("Our reading corner. ").audience("class");
        driver.findElement(By.cssSelector(".cp-media-insert[data-file='reading-corner.jpg']")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body .ql-editor img[alt]")));
        editor.publish();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be published"));
        // The findings list is re-drawn once more after the message; read it when it has settled.
        String block = wait.ignoring(StaleElementReferenceException.class).until(d -> editor.findings().stream()
                .map(WebElement::getText).filter(t -> t.contains("PHOTO-CONSENT")).findFirst().orElse(null));
        assertTrue(block.contains("Leo Haddad is tagged in the photo \"reading-corner.jpg\""), block);

        String editorTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        library = MediaLibraryPage.open(driver, base.toString(), DemoPeople.GRADE4);
        library.describe("reading-corner.jpg").blurFace(2, "Leo Haddad");
        assertEquals(1, library.blurredFaceBoxes());
        assertTrue(driver.findElement(By.id("details")).getText().contains("Only the blurred photo is shown"));
        driver.close();
        driver.switchTo().window(editorTab);

        WebElement before = driver.findElement(By.id("messages"));
        editor.publish();
        wait.until(Gone.from(before));
        wait.until(d -> d.getCurrentUrl().contains("/teach/posts") || !d.findElements(By.id("findings-list")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/teach/posts"), () -> "Still in the editor: "
                + driver.findElement(By.id("messages")).getText() + " | "
                + editor.findings().stream().map(WebElement::getText).toList());
        assertTrue(driver.getPageSource().contains("Published."), () -> driver.findElement(By.tagName("main")).getText());

        new SignInPage(driver, base.toString()).signInAs(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/");
        if (driver.findElements(By.linkText("Our reading corner")).isEmpty()) {
            throw new AssertionError("Not on the class page: " + driver.findElement(By.tagName("main")).getText());
        }
        driver.findElement(By.linkText("Our reading corner")).click();
        WebElement photo = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cp-post img[src^='/media/']")));
        assertEquals("Two of us in the reading corner", photo.getAttribute("alt"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].naturalWidth", photo)).intValue() > 0);
    }
}
