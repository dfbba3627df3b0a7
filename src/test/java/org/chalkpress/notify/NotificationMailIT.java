package org.chalkpress.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.MailTestServer;
import org.chalkpress.testing.Http;
import org.chalkpress.testing.MailParts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail as families get it: a real SMTP server (GreenMail, in this JVM) receives what the platform sends
 * when a teacher publishes, and the links in it work over HTTP — the post's, and the one-click unsubscribe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailIT {

    private static final String PARENT = "parent.maya.rivera";
    private static final String PARENT_ADDRESS = "parent.maya.rivera@families.example";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final GreenMailExtension SMTP = MailTestServer.smtp();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    /** Publishes a class post on grade-4-hill through the API, as Ms. Hill. */
    private void teacherPublishes(String title) {
        String password = http().post("/testing/application-password?username=" + DemoPeople.TEACHER, FORM, "")
                .body();
        Http teacher = http().withApplicationPassword(DemoPeople.TEACHER, password);
        HttpResponse<String> created = teacher.post("/api/v1/sites/" + DemoPeople.GRADE4 + "/posts", JSON,
                "{\"title\":\"" + title + "\",\"body\":\"<p>We pressed leaves and labelled them.</p>\","
                        + "\"audience\":\"class\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = find("\"id\"\\s*:\\s*(\\d+)", created.body());
        HttpResponse<String> published = teacher.post("/api/v1/posts/" + id + "/publish", JSON, "{}");
        assertEquals(200, published.statusCode(), published.body());
    }

    /** The path and query of an absolute link in an e-mail, to follow on the server under test. */
    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    @Test
    void aParentWhoFollowsTheClassIsMailedEachNewPostWithWorkingLinksUntilTheyUnsubscribe() throws Exception {
        Http parent = http();
        parent.signIn(PARENT, DemoPeople.PASSWORD);
        String page = parent.get("/account/notifications").body();
        String siteId = find("<option value=\"(\\d+)\"[^>]*>[^<]*Grade 4", page);
        String action = find("<form id=\"follow\"[^>]*action=\"([^\"]+)\"", page).replace("&amp;", "&");
        String followed = parent.post(action, FORM, "follow=follow&site=" + siteId + "&add=Follow"
                + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(page))).body();
        assertTrue(followed.contains("You will get an e-mail when"), followed);

        teacherPublishes("Leaf pressing");

        assertTrue(SMTP.waitForIncomingEmail(60_000, 1), "no e-mail arrived");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals(PARENT_ADDRESS, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(mail.getSubject().startsWith("New on Ms. Hill"), mail.getSubject());
        assertTrue(mail.getSubject().endsWith(": Leaf pressing"), mail.getSubject());
        assertTrue(mail.getFrom()[0].toString().contains("chalkpress@riverbend.example"));
        String text = MailParts.plain(mail);
        assertTrue(text.contains("We pressed leaves"), text);
        assertTrue(text.contains("Riverbend"), "the district's name: " + text);

        String postLink = find("(https?://\\S+/sites/grade-4-hill/posts/leaf-pressing)", text);
        assertTrue(parent.get(pathOf(postLink)).body().contains("Leaf pressing"), "the post link opens the post");
        assertEquals(404, http().get(pathOf(postLink)).statusCode(), "a class post is not for anonymous visitors");

        String unsubscribe = find("To stop e-mails like this one: (\\S+)", text);
        assertEquals("<" + unsubscribe + ">", mail.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        String html = MailParts.html(mail);
        assertTrue(html.contains(">Riverbend"), "the district's name on top: " + html);
        assertTrue(html.contains("<a href=\"" + postLink + "\">"), html);
        assertTrue(html.contains("<a href=\"" + unsubscribe + "\">"), "unsubscribe works from the HTML too: " + html);
        Http mailProgram = http();
        HttpResponse<String> asked = mailProgram.get(pathOf(unsubscribe));
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("new posts of Ms. Hill"), asked.body());
        HttpResponse<String> done = mailProgram.post(pathOf(unsubscribe), FORM, "List-Unsubscribe=One-Click");
        assertTrue(done.body().contains("id=\"unsubscribed\""), done.body());
        assertEquals(404, mailProgram.get(tampered(pathOf(unsubscribe))).statusCode(),
                "a tampered link does nothing");

        teacherPublishes("Leaf rubbing");
        String after = parent.get("/account/notifications").body();
        assertTrue(after.contains("Leaf pressing"), after);
        assertFalse(after.contains("Leaf rubbing"), "no notice, and so no e-mail, after unsubscribing");
        assertTrue(Pattern.compile("<option value=\"\\d+\"[^>]*>[^<]*Grade 4").matcher(after).find(),
                "grade 4 is offered to follow again");
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    /** The link with its last character changed, the one most likely to slip through a lenient decoder. */
    private static String tampered(String link) {
        char last = link.charAt(link.length() - 1);
        return link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void aParentCannotFollowAClassTheirChildrenAreNotIn() {
        Http parent = http();
        parent.signIn("parent.elias.kowalski", DemoPeople.PASSWORD);
        String page = parent.get("/account/notifications").body();
        assertFalse(page.contains("Hill"), page);
        assertTrue(page.contains("<option"), "their own child's class is offered");
    }
}
