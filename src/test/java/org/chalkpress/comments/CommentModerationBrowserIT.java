package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Http;
import org.chalkpress.testing.browser.BrowserTest;
import org.chalkpress.testing.browser.CommentForm;
import org.chalkpress.testing.browser.CommentSettingsPage;
import org.chalkpress.testing.browser.ModerationPage;
import org.chalkpress.testing.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Comments in a real browser: a student's comment is stopped for a phone number and fixed in place; the
 * teacher works the queue with the keyboard (edit, approve) and the bulk buttons (reject); the class's
 * parent then reads what was approved, and a parent of another class finds no such page.
 */
class CommentModerationBrowserIT extends BrowserTest {

    private static final String STUDENT = "maya.rivera";
    private static final String PARENT = "parent.maya.rivera";
    /** Two more grade 4 students of the demo district. */
    private static final String LEO = "leo.haddad";
    private static final String AISHA = "aisha.moreau";

    private String fieldTripPath(Http signedIn) {
        Matcher m = Pattern.compile("/sites/" + DemoPeople.GRADE4 + "/posts/our-field-trip[a-z0-9-]*")
                .matcher(signedIn.get("/sites/" + DemoPeople.GRADE4 + "/").body());
        assertTrue(m.find(), "the field trip post is listed for the class");
        return m.group();
    }

    private Http signedIn(String username) {
        Http http = new Http(base.toString());
        http.signIn(username, DemoPeople.PASSWORD);
        return http;
    }

    /** A classmate's comment, sent as the page's form sends it. */
    private void commentAs(String username, String path, String text) {
        Http http = signedIn(username);
        Matcher item = Pattern.compile("name=\"item\" value=\"(\\d+)\"").matcher(http.get(path).body());
        assertTrue(item.find(), "the comment form is on the page for " + username);
        HttpResponse<String> sent = http.send(http.request("/api/v1/comments")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Requested-With", "chalkpress")
                .POST(HttpRequest.BodyPublishers.ofString("item=" + item.group(1) + "&text=" + Http.encode(text))));
        assertEquals(201, sent.statusCode(), sent.body());
    }

    /** Moves the keyboard selection (j) to the row holding this text. */
    private void selectRow(ModerationPage queue, String text) {
        for (int i = 0; i < queue.rows(); i++) {
            queue.press("j");
            if (queue.currentRowText().contains(text)) {
                return;
            }
        }
        throw new AssertionError("j never reached the comment " + text);
    }

    @Test
    void aStudentFixesABlockedCommentAndTheTeacherWorksTheQueueWithKeysAndButtons() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        String path = fieldTripPath(signedIn(STUDENT));
        String url = base.toString() + path.substring(1);
        String leos = "The marsh smelled like mud " + token;
        String aisha1 = "boring " + token;
        String aisha2 = "so boring " + token;
        commentAs(LEO, path, leos);
        commentAs(AISHA, path, aisha1);
        commentAs(AISHA, path, aisha2);

        SignInPage signIn = new SignInPage(driver, base.toString());
        signIn.signInAs(STUDENT, DemoPeople.PASSWORD);
        driver.get(url);
        CommentForm form = new CommentForm(driver);
        String withPhone = "Text me at 555-201-3344 about the poster " + token;
        form.send(withPhone);
        assertTrue(form.feedback().contains("Please don't share a phone number here"), form.feedback());
        assertEquals(withPhone, form.draft(), "the student's words are kept");
        String fixed = "I liked the herons best " + token;
        form.send(fixed);
        assertTrue(form.comments().contains(fixed));
        assertTrue(form.comments().contains("Waiting for your teacher"), form.comments());
        assertEquals("", form.feedback());

        signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        ModerationPage queue = ModerationPage.open(driver, base.toString(), DemoPeople.GRADE4);
        assertTrue(queue.legend().contains("j next") && queue.legend().contains("a approve")
                && queue.legend().contains("e edit"), queue.legend());

        queue.byAuthor("Maya");
        selectRow(queue, fixed);
        queue.press("e");
        String edited = "I liked the great blue herons best " + token;
        queue.typeEditAndSave(edited);
        assertTrue(queue.messages().contains("Edit saved"), queue.messages());

        queue.byAuthor("Leo");
        selectRow(queue, leos);
        queue.pressAndWait("a");
        assertTrue(queue.messages().contains("Approved"), queue.messages());

        queue.byAuthor("Aisha");
        queue.row(aisha1).findElement(By.cssSelector(".cp-pick")).click();
        queue.row(aisha2).findElement(By.cssSelector(".cp-pick")).click();
        queue.rejectTicked("Tell us one thing you learned instead");
        assertTrue(queue.messages().contains("Rejected 2 comments"), queue.messages());

        signIn.signInAs(PARENT, DemoPeople.PASSWORD);
        driver.get(url);
        String seen = new CommentForm(driver).comments();
        assertTrue(seen.contains(edited), seen);
        assertTrue(seen.contains("edited by the teacher"), seen);
        assertTrue(seen.contains(leos), seen);
        assertFalse(seen.contains(aisha1), seen);
        assertFalse(seen.contains("555-201-3344"), seen);

        signIn.signInAs(DemoPeople.OTHER_PARENT, DemoPeople.PASSWORD);
        driver.get(url);
        assertFalse(driver.getPageSource().contains(edited), "a parent of another class sees nothing of it");
        assertTrue(driver.findElements(By.id("comments")).isEmpty(), "the page does not exist for them");

        signIn.signInAs(STUDENT, DemoPeople.PASSWORD);
        driver.get(base + "learn/my-comments");
        String mine = driver.findElement(By.id("my-comments")).getText();
        assertTrue(mine.contains(edited) && mine.contains("On the page") && mine.contains(fixed), mine);
    }

    @Test
    void aParentsCommentWithAPhoneNumberWaitsWithItsFindingMarkedAndIsRejectedWithTheKeyboard() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        String path = fieldTripPath(signedIn(STUDENT));
        SignInPage signIn = new SignInPage(driver, base.toString());
        signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        CommentSettingsPage.open(driver, base.toString(), DemoPeople.GRADE4).letComment("Students and their parents");
        try {
            signIn.signInAs(PARENT, DemoPeople.PASSWORD);
            driver.get(base + path.substring(1));
            String withPhone = "Happy to help with the poster, call me at 555-201-3344 " + token;
            CommentForm form = new CommentForm(driver).send(withPhone);
            assertTrue(form.comments().contains("Waiting for your teacher"), form.comments());

            signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
            ModerationPage queue = ModerationPage.open(driver, base.toString(), DemoPeople.GRADE4);
            queue.onlyWithFindings();
            org.openqa.selenium.WebElement row = queue.row(token);
            assertEquals("555-201-3344", row.findElement(By.cssSelector("mark.cp-mark")).getText(),
                    "the finding's span is marked in the comment");
            assertTrue(row.findElement(By.cssSelector(".cp-findings")).getText().contains("STUDENT-PRIVACY"), row.getText());

            selectRow(queue, token);
            queue.press("r");
            queue.typeReasonAndPressEnter("Please call the school office instead");
            assertTrue(queue.messages().contains("Rejected"), queue.messages());

            signIn.signInAs(PARENT, DemoPeople.PASSWORD);
            driver.get(base + path.substring(1));
            assertTrue(new CommentForm(driver).comments().contains("Please call the school office instead"));
        } finally {
            signIn.signInAs(DemoPeople.TEACHER, DemoPeople.PASSWORD);
            CommentSettingsPage.open(driver, base.toString(), DemoPeople.GRADE4).letComment("Students of the class");
        }
    }
}
