package org.chalkpress.people.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
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
 * "Forgot your password?" as a parent lives it: the link arrives by real SMTP (GreenMail), sets a new password
 * once, and then no longer works; asking for an address nobody has looks exactly the same and sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    private static final String PARENT = "parent." + DemoPeople.STUDENT_WITHOUT_RELEASE;
    private static final String PARENT_ADDRESS = PARENT + "@families.example";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String NEW_PASSWORD = "autumn-leaves-2026";

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

    private static String ask(Http browser, String login) {
        String page = browser.get("/password-reset").body();
        return browser.post(action(page, "ask"), FORM, "ask=ask&login=" + Http.encode(login) + "&send=send"
                + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(page))).body();
    }

    private static String choose(Http browser, String linkPage, String password, String repeat) {
        String token = find("<input[^>]*name=\"[^\"]*\"[^>]*value=\"([A-Za-z0-9_-]{43})\"", linkPage);
        String hidden = find("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"" + token + "\"", linkPage);
        return browser.post(action(linkPage, "choose"), FORM, "choose=choose&" + Http.encode(hidden) + "=" + token
                + "&password=" + Http.encode(password) + "&repeat=" + Http.encode(repeat) + "&save=save"
                + "&jakarta.faces.ViewState=" + Http.encode(Http.viewState(linkPage))).body();
    }

    private static String action(String page, String formId) {
        return find("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"", page).replace("&amp;", "&");
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    @Test
    void aParentSetsANewPasswordWithTheLinkSentToTheirAddressOnce() throws Exception {
        assertTrue(http().get("/sign-in").body().contains("href=\"/password-reset\""), "sign-in offers the link");
        String unknown = ask(http(), "nobody@nowhere.example");
        assertTrue(unknown.contains("id=\"link-sent\""), unknown);
        String asked = ask(http(), PARENT_ADDRESS.toUpperCase());
        assertTrue(asked.contains("id=\"link-sent\""), "the same answer whether or not the address exists");

        assertTrue(SMTP.waitForIncomingEmail(60_000, 1), "no e-mail arrived");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals(1, SMTP.getReceivedMessages().length, "nothing for the unknown address");
        assertEquals(PARENT_ADDRESS, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertNull(mail.getHeader("List-Unsubscribe"), "a password link is not a newsletter");
        String text = MailParts.plain(mail);
        assertTrue(text.contains("\"" + PARENT + "\""), "the mail names the account: " + text);
        URI link = URI.create(find("(https?://\\S+/password-reset\\?token=[A-Za-z0-9_-]{43})", text));
        String path = link.getRawPath() + "?" + link.getRawQuery();

        Http browser = http();
        String form = browser.get(path).body();
        String mismatch = choose(browser, form, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertTrue(mismatch.contains("The two passwords are not the same"), mismatch);
        String tooShort = choose(browser, browser.get(path).body(), "short", "short");
        assertTrue(tooShort.contains("at least 10 characters"), tooShort);
        String done = choose(browser, browser.get(path).body(), NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(done.contains("id=\"password-set\""), done);

        http().signIn(PARENT, NEW_PASSWORD);
        assertThrows(IllegalStateException.class, () -> http().signIn(PARENT, DemoPeople.PASSWORD),
                "the old password no longer works");
        String again = http().get(path).body();
        assertTrue(again.contains("id=\"link-expired\""), "a used link does nothing: " + again);
        assertTrue(Arrays.stream(SMTP.getReceivedMessages()).allMatch(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(PARENT_ADDRESS);
            } catch (Exception e) {
                return false;
            }
        }));
    }
}
