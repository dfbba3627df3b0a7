package org.chalkpress.people.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.OffsetDateTime;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.PasswordHasher;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Family invitation codes: one-time, expiring, hashed, rate limited; and what a linked parent can read. */
@ExtendWith(ArquillianExtension.class)
class InvitationDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    BlogService blog;

    @Inject
    FamilyInvitations invitations;

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private Viewer newParent(String username) {
        Account parent = new Account(username, "Nina", "Okafor", Role.PARENT);
        parent.setPasswordHash(hasher.hash(DemoPeople.PASSWORD));
        accounts.add(parent);
        return as(username);
    }

    private String classPost(String teacher, String site, String title) {
        ContentItem item = blog.saveDraft(as(teacher), site, null,
                new PostForm(title, "<p>" + title + " for families.</p>", "", "class"));
        blog.publish(as(teacher), item.id(), Acknowledgement.NONE);
        return "/sites/" + site + "/posts/" + item.slug();
    }

    private String codeFor(String studentName) {
        return invitations.issueForClass(as(DemoPeople.TEACHER), DemoPeople.GRADE4).stream()
                .filter(p -> p.studentName().equals(studentName)).findFirst().orElseThrow().code();
    }

    @Test
    void aParentWhoRedeemsAGrade4CodeSeesGrade4ClassPagesAndNotBiology() {
        String grade4Post = classPost(DemoPeople.TEACHER, DemoPeople.GRADE4, "Reading night for families");
        String biologyPost = classPost(DemoPeople.OTHER_TEACHER, DemoPeople.BIOLOGY, "Lab safety letter");
        Viewer parent = newParent("parent.nina.okafor");
        Http browser = new Http(base.toString());
        browser.signIn("parent.nina.okafor", DemoPeople.PASSWORD);
        assertEquals(404, browser.get(grade4Post).statusCode());

        String code = codeFor("Maya Rivera");
        assertTrue(code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), code);
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> invitations.redeem(parent, "ABCDE-FGHJK", "192.0.2.1"));
        assertTrue(wrong.getMessage().contains("not valid"), wrong.getMessage());

        FamilyInvitations.Linked linked = invitations.redeem(parent, " " + code.toLowerCase() + " ", "192.0.2.1");
        assertEquals("Maya Rivera", linked.student().displayName());
        assertTrue(linked.classes().stream().anyMatch(s -> s.slug().equals(DemoPeople.GRADE4)));

        assertEquals(200, browser.get(grade4Post).statusCode());
        assertTrue(browser.get(grade4Post).body().contains("Reading night for families"));
        assertEquals(404, browser.get(biologyPost).statusCode());
        assertTrue(browser.get("/account/home").body().contains("Maya Rivera"), "my children lists her");

        InvalidInputException used = assertThrows(InvalidInputException.class,
                () -> invitations.redeem(newParent("parent.second.household"), code, "192.0.2.2"));
        assertTrue(used.getMessage().contains("already been used"), used.getMessage());
    }

    @Test
    void codesExpireAndANewCodeReplacesTheUnusedOne() {
        long elias = accounts.byUsername("elias.kowalski").map(Account::id).orElse(-1L);
        Account student = invitations.roster(as(DemoPeople.TEACHER), DemoPeople.GRADE4).get(3);
        String first = invitations.issueForStudent(as(DemoPeople.TEACHER), DemoPeople.GRADE4, student.id()).code();
        String second = invitations.issueForStudent(as(DemoPeople.TEACHER), DemoPeople.GRADE4, student.id()).code();
        Viewer parent = newParent("parent.late.reader");

        InvalidInputException replaced = assertThrows(InvalidInputException.class,
                () -> invitations.redeem(parent, first, "192.0.2.3"));
        assertTrue(replaced.getMessage().contains("replaced by a newer one"), replaced.getMessage());
        OffsetDateTime later = Clock.now().plus(FamilyInvitations.VALID_FOR).plusMinutes(1);
        InvalidInputException expired = assertThrows(InvalidInputException.class,
                () -> invitations.redeem(parent, second, "192.0.2.3", later));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());

        assertThrows(NotFoundException.class, () -> invitations.issueForStudent(as(DemoPeople.TEACHER),
                DemoPeople.GRADE4, elias), "only students on this class's roster");
        assertThrows(NotFoundException.class, () -> invitations.issueForClass(as(DemoPeople.OTHER_TEACHER),
                DemoPeople.GRADE4), "only the class's own teacher makes its codes");
    }

    @Test
    void guessingIsStoppedAfterAFewWrongCodesAndOnlyParentsRedeem() {
        String code = codeFor("Maya Rivera");
        Viewer guesser = newParent("parent.guesser");
        for (int i = 0; i < RedeemThrottle.WRONG_CODES_PER_HOUR; i++) {
            assertThrows(InvalidInputException.class, () -> invitations.redeem(guesser, "ZZZZZ-ZZZZZ", "192.0.2.9"));
        }
        InvalidInputException stopped = assertThrows(InvalidInputException.class,
                () -> invitations.redeem(guesser, code, "192.0.2.10"));
        assertTrue(stopped.getMessage().contains("Too many wrong codes"), stopped.getMessage());
        assertThrows(NotAllowedException.class, () -> invitations.redeem(as("maya.rivera"), code, "192.0.2.11"));
        assertEquals("Maya Rivera", invitations.redeem(newParent("parent.patient"), code, "192.0.2.12")
                .student().displayName());
    }

    @Test
    void aParentWithoutAnAccountCreatesOneWithTheCodeAndReadsTheClass() {
        String post = classPost(DemoPeople.TEACHER, DemoPeople.GRADE4, "Class play tickets");
        String code = codeFor("Maya Rivera");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> invitations.joinWithCode(code,
                new NewFamilyAccount("new.parent", "Ana", "", "not-an-address", "short"), "192.0.2.30"));
        assertEquals(java.util.Set.of("familyName", "email", "password"), bad.fieldErrors().keySet());
        assertTrue(accounts.byUsername("new.parent").isEmpty(), "nothing is created from a bad form");
        assertThrows(InvalidInputException.class, () -> invitations.joinWithCode("ABCDE-FGHJK",
                new NewFamilyAccount("new.parent", "Ana", "Lima", "", DemoPeople.PASSWORD), "192.0.2.30"));
        assertTrue(accounts.byUsername("new.parent").isEmpty(), "nor from a wrong code");

        FamilyInvitations.Linked linked = invitations.joinWithCode(code,
                new NewFamilyAccount("New.Parent", "Ana", "Lima", "ana.lima@families.example", DemoPeople.PASSWORD),
                "192.0.2.30");
        assertEquals("Maya Rivera", linked.student().displayName());
        assertEquals(Role.PARENT, accounts.byUsername("new.parent").orElseThrow().role());
        Http browser = new Http(base.toString());
        browser.signIn("new.parent", DemoPeople.PASSWORD);
        assertEquals(200, browser.get(post).statusCode());
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> invitations.joinWithCode(code,
                new NewFamilyAccount("another.parent", "Bo", "Lima", "", DemoPeople.PASSWORD), "192.0.2.31"));
        assertTrue(again.getMessage().contains("already been used"));
    }

    @Test
    void aSignedInParentOpeningTheJoinLinkIsSentToLinkTheirOwnAccountNotToMakeASecond() {
        String code = codeFor("Maya Rivera");
        Http parent = new Http(base.toString());
        parent.signIn(DemoPeople.OTHER_PARENT, DemoPeople.PASSWORD);
        java.net.http.HttpResponse<String> join = parent.get("/family/join?code=" + code);
        assertEquals(302, join.statusCode());
        String location = join.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/account/family-code?code=" + code), location);
        assertTrue(parent.get("/account/family-code?code=" + code).body().contains("value=\"" + code + "\""),
                "the code is filled in on the link page");
        java.net.http.HttpResponse<String> anonymous = new Http(base.toString()).get("/family/join?code=" + code);
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("Create my account"), "a visitor without an account still gets the form");
    }
}
