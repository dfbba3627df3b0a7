package org.chalkpress.people.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.testing.ApiPosts;
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
 * A teacher e-mails a family its invitation code from /teach/family-invitations; the mail arrives by real SMTP
 * (GreenMail), and its link, with the code filled in, makes a new parent account that reads exactly that
 * child's class and nothing of another class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationMailIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String FAMILY_ADDRESS = "haddad.household@families.example";
    private static final String ROSTER_ADDRESS = "parent.maya.rivera@families.example";

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

    private static String emailCode(Http teacher, String studentUsername, String address) {
        return emailCode(teacher, DemoPeople.GRADE4, studentUsername, address);
    }

    /** Types {@code address} in the student's row of the invitations page and presses "E-mail a code". */
    private static String emailCode(Http teacher, String site, String studentUsername, String address) {
        String page = teacher.get("/teach/family-invitations?site=" + site).body();
        String row = find("(<tr data-student=\"" + Pattern.quote(studentUsername) + "\">.*?</tr>)", page);
        String field = find("<input id=\"([^\"]+address)\"", row);
        String button = find("<input id=\"([^\"]+email)\"", row);
        String action = find("<form id=\"codes\"[^>]*action=\"([^\"]+)\"", page).replace("&amp;", "&");
        return teacher.post(action, FORM, "codes=codes&" + Http.encode(field) + "=" + Http.encode(address) + "&"
                + Http.encode(button) + "=" + Http.encode("E-mail a code")
                + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(page))).body();
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return MailParts.plain(mail);
    }

    @Test
    void theMailedLinkCreatesAParentAccountLinkedToThatChildOnly() throws Exception {
        ApiPosts.publish(base.toString(), DemoPeople.TEACHER, DemoPeople.GRADE4,
                "Pumpkin measuring", "<p>Bring a tape measure.</p>", "class");
        ApiPosts.publish(base.toString(), DemoPeople.OTHER_TEACHER, DemoPeople.BIOLOGY,
                "Dissection consent", "<p>Letters go home on Friday.</p>", "class");
        Http teacher = http();
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);

        String wrong = emailCode(teacher, DemoPeople.STUDENT_WITHOUT_RELEASE, "haddad.household at families");
        assertTrue(wrong.contains("does not look like an e-mail address"), wrong);
        String sent = emailCode(teacher, DemoPeople.STUDENT_WITHOUT_RELEASE, " " + FAMILY_ADDRESS + " ");
        assertTrue(sent.contains("was e-mailed to " + FAMILY_ADDRESS), sent);

        assertTrue(SMTP.waitForIncomingEmail(60_000, 1), "no e-mail arrived");
        assertEquals(1, SMTP.getReceivedMessages().length, "nothing was sent for the wrong address");
        MimeMessage mail = mailsTo(FAMILY_ADDRESS).get(0);
        assertTrue(mail.getSubject().contains("Ms. Hill's Grade 4") && mail.getSubject().contains("Leo Haddad"),
                mail.getSubject());
        assertNull(mail.getHeader("List-Unsubscribe"), "a personal code is not a newsletter");
        String text = text(mail);
        assertTrue(text.contains("family of Leo Haddad") && text.contains("Ms. Hill's Grade 4"), text);
        String code = find("Your invitation code: ([A-Z2-9]{5}-[A-Z2-9]{5})", text);
        assertTrue(text.contains("It works once, until "), text);
        URI link = URI.create(find("(https?://\\S+/family/join\\?code=" + code + ")", text));
        assertTrue(MailParts.html(mail).contains("<a href=\"" + link + "\">"), "the link works from the HTML too");

        Http family = http();
        String join = family.get(link.getRawPath() + "?" + link.getRawQuery()).body();
        String filledIn = find("<input id=\"code\"[^>]*value=\"([^\"]*)\"", join);
        assertEquals(code, filledIn, "the code is filled in from the link");
        String action = find("<form id=\"join\"[^>]*action=\"([^\"]+)\"", join).replace("&amp;", "&");
        String joined = family.post(action, FORM, "join=join&code=" + Http.encode(filledIn)
                + "&givenName=Samir&familyName=Haddad&email=" + Http.encode(FAMILY_ADDRESS)
                + "&username=samir.haddad&password=" + Http.encode(DemoPeople.PASSWORD) + "&create=create"
                + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(join))).body();
        assertTrue(joined.contains("id=\"joined\"") && joined.contains("Leo Haddad"), joined);

        Http parent = http();
        parent.signIn("samir.haddad", DemoPeople.PASSWORD);
        String home = parent.get("/account/home").body();
        assertTrue(home.contains("Leo Haddad"), home);
        assertFalse(home.contains("Maya Rivera"), "linked to that child only: " + home);
        assertEquals(200, parent.get("/sites/" + DemoPeople.GRADE4 + "/posts/pumpkin-measuring").statusCode());
        assertEquals(404, parent.get("/sites/" + DemoPeople.BIOLOGY + "/posts/dissection-consent").statusCode(),
                "nothing of another class");

        String again = family.get(link.getRawPath() + "?" + link.getRawQuery()).body();
        String reused = family.post(find("<form id=\"join\"[^>]*action=\"([^\"]+)\"", again).replace("&amp;", "&"),
                FORM, "join=join&code=" + Http.encode(code) + "&givenName=Eve&familyName=Other&email="
                        + "&username=eve.other&password=" + Http.encode(DemoPeople.PASSWORD) + "&create=create"
                        + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(again))).body();
        assertTrue(reused.contains("already been used"), "the code works once: " + reused);
    }

    @Test
    void aTeacherCanEmailOnlySoManyCodesAnHour() {
        Http teacher = http();
        teacher.signIn(DemoPeople.OTHER_TEACHER, DemoPeople.PASSWORD);
        String student = find("data-student=\"([^\"]+)\"",
                teacher.get("/teach/family-invitations?site=" + DemoPeople.BIOLOGY).body());
        for (int i = 0; i < InvitationMail.MAILS_PER_HOUR; i++) {
            String sent = emailCode(teacher, DemoPeople.BIOLOGY, student, "family" + i + "@families.example");
            assertTrue(sent.contains("was e-mailed to family" + i + "@"), sent);
        }
        String stopped = emailCode(teacher, DemoPeople.BIOLOGY, student, "one.more@families.example");
        assertTrue(stopped.contains("codes in the last hour"), stopped);
        assertTrue(mailsTo("one.more@families.example").isEmpty());
    }

    @Test
    void withNoAddressTypedTheCodeGoesToTheParentsOnTheRoster() throws Exception {
        Http teacher = http();
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        String page = teacher.get("/teach/family-invitations?site=" + DemoPeople.GRADE4).body();
        assertTrue(page.contains("placeholder=\"" + ROSTER_ADDRESS + "\""), "the teacher sees where it goes");

        String sent = emailCode(teacher, DemoPeople.STUDENT_WITH_RELEASE, "");
        assertTrue(sent.contains("was e-mailed to " + ROSTER_ADDRESS), sent);
        assertTrue(SMTP.waitForIncomingEmail(60_000, 1), "no e-mail arrived");
        assertTrue(text(mailsTo(ROSTER_ADDRESS).get(0)).contains("family of Maya Rivera"));

        Http other = http();
        other.signIn(DemoPeople.OTHER_TEACHER, DemoPeople.PASSWORD);
        assertEquals(404, other.get("/teach/family-invitations?site=" + DemoPeople.GRADE4).statusCode(),
                "another class's teacher cannot reach the page");
    }
}
