package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.EpisodeEditorPage;
import org.chalkpress.testing.browser.FindingsPanel;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A teacher publishes a class podcast episode in chromium; the public hears it on the podcast page. */
class EpisodeBrowserIT extends BrowserTest {

    @Test
    void aTeacherUploadsARecordingIsToldToAddATranscriptAndPublishesTheEpisode() throws Exception {
        Path recording = Path.of(getClass().getResource("/podcast/book-talk-tone.mp3").toURI());
        Path transcript = Files.createTempFile("book-talk", ".vtt");
        Files.writeString(transcript, "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nA tone plays while we think about owls.\n");

        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        EpisodeEditorPage editor = EpisodeEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Owl book talk")
                .notes("Our class reviews a book about owls.")
                .recording(recording)
                .audience("public")
                .save();
        assertTrue(editor.text("audio-line").contains("0:03"), editor.text("audio-line"));
        assertTrue(editor.findings().contains("needs a transcript"), editor.findings());

        editor.publish();
        assertTrue(editor.messages().contains("cannot be published yet"), editor.messages());

        editor.transcript(transcript).save();
        assertTrue(editor.text("transcript-line").contains("WEBVTT"), editor.text("transcript-line"));
        editor.publish();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/teach/episodes"));
        assertTrue(driver.getPageSource().contains("Published."));

        new SignInPage(driver, base.toString()).signOut();
        driver.manage().deleteAllCookies();
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/podcast/");
        driver.findElement(By.linkText("Owl book talk")).click();
        assertEquals("Owl book talk", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getPageSource().contains("A tone plays while we think about owls."));
        Object seconds = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                .executeScript("var a = document.querySelector('audio'); return a.readyState >= 1 ? a.duration : null;"));
        assertEquals(3.0, ((Number) seconds).doubleValue(), 0.2, "the player loads the episode's audio");
    }

    @Test
    void aTeacherSeesFindingsWhileWritingChoosesTheRecordingFromTheLibraryAndUnpublishes() throws Exception {
        Path recording = Path.of(getClass().getResource("/podcast/book-talk-tone.mp3").toURI());
        Path gradeTranscript = Files.createTempFile("frogs", ".vtt");
        Files.writeString(gradeTranscript, "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nMaya Rivera got a D on the frog quiz.\n");
        Path transcript = Files.createTempFile("frogs", ".srt");
        Files.writeString(transcript, "1\n00:00:00,000 --> 00:00:03,000\nFrogs sing loudest after rain.\n");
        new SignInPage(driver, base.toString()).signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        EpisodeEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4).title("Frog sounds, raw").recording(recording).save();

        EpisodeEditorPage editor = EpisodeEditorPage.openNew(driver, base.toString(), DemoPeople.GRADE4)
                .title("Frog chorus")
                .notes("<p>Maya Rivera got a D on the frog quiz.</p>");
        FindingsPanel findings = editor.findingsPanel();
        findings.liveFinding("STUDENT-PRIVACY");
        assertTrue(findings.highlighted("STUDENT-PRIVACY").contains("Maya Rivera"), "marked in the notes");
        editor.notes("<p>We recorded the frogs by the school pond.</p>");
        findings.noFinding("STUDENT-PRIVACY");
        editor.transcript(gradeTranscript);
        assertTrue(findings.highlighted("STUDENT-PRIVACY").contains("Maya Rivera"), "marked in the chosen transcript");
        editor.transcript(transcript);
        findings.noFinding("STUDENT-PRIVACY");

        editor.chooseFromLibrary("book-talk-tone.mp3").audience("public").save();
        assertTrue(editor.text("audio-line").contains("0:03"), editor.text("audio-line"));
        editor.publish();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/teach/episodes"));
        driver.findElement(By.linkText("Frog chorus")).click();
        editor.unpublish();
        assertTrue(editor.messages().contains("Unpublished."), editor.messages());
        assertEquals("Unpublished (hidden)", editor.text("status"));
        driver.get(base + "sites/" + DemoPeople.GRADE4 + "/podcast/");
        assertFalse(driver.getPageSource().contains("Frog chorus"));
    }
}
