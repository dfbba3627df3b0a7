package org.chalkpress.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.PostView;
import org.chalkpress.concerns.ConcernOutcome;
import org.chalkpress.concerns.Concerns;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.chalkpress.wiki.WikiPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments end to end over HTTP, as students, parents and teachers use them: the gate stops a phone number and
 * keeps the text, the fixed comment waits, the teacher's approval puts it in front of the class's families only;
 * edits are recorded, outsiders refused, bursts slowed down.
 */
@ExtendWith(ArquillianExtension.class)
class CommentDatabaseIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String STUDENT = "maya.rivera";
    private static final String PARENT = "parent.maya.rivera";
    private static final String OTHER_PARENT = "parent.elias.kowalski";
    private static final String FIELD_TRIP = "Our field trip to the Riverbend Nature Center";
    private static final String WELCOME = "Welcome to Grade 4!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress().addClass(NoticesHeard.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    BlogReader reader;

    @Inject
    CommentService comments;

    @Inject
    ModerationDigest digest;

    @Inject
    AuditLog audit;

    @Inject
    NoticesHeard notices;

    @Inject
    WikiPages wikiPages;

    @Inject
    Event<ConcernOutcome> concerns;

    @Inject
    Concerns reports;

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    /** A demo post, on whichever page of the class blog it has moved to (other tests publish there too). */
    private PostView post(String title) {
        for (int page = 1; page <= 100; page++) {
            List<PostView> posts = reader.page(grade4(), EnumSet.allOf(Audience.class), page).posts();
            Optional<PostView> found = posts.stream().filter(p -> p.title().equals(title)).findFirst();
            if (found.isPresent() || posts.isEmpty()) {
                return found.orElseThrow();
            }
        }
        throw new AssertionError("No demo post called " + title);
    }

    private String pagePath(String title) {
        return "/sites/" + DemoPeople.GRADE4 + "/posts/" + post(title).slug();
    }

    private Http signedIn(String username) {
        Http http = new Http(base.toString());
        http.signIn(username, DemoPeople.PASSWORD);
        return http;
    }

    /** A grade 4 student other than Maya, different per test so that the throttle counts each apart. */
    private Account classmate(int index) {
        return directory.studentsOf(grade4().id()).stream()
                .filter(a -> !a.username().equals(STUDENT) && !a.directoryOptOut())
                .toList().get(index);
    }

    private static HttpResponse<String> send(Http http, String path, String form) {
        return http.send(http.request(path).header("Content-Type", FORM).header("X-Requested-With", "chalkpress")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> comment(Http http, String postTitle, String text) {
        return send(http, "/api/v1/comments", "item=" + post(postTitle).itemId() + "&text=" + Http.encode(text));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aStudentsCommentIsStoppedForAPhoneNumberFixedQueuedApprovedAndSeenByTheClassFamiliesOnly() {
        Http maya = signedIn(STUDENT);
        String phone = unique("Call me at 555-201-3344 to plan the poster");

        HttpResponse<String> blocked = comment(maya, FIELD_TRIP, phone);
        assertEquals(422, blocked.statusCode(), blocked.body());
        assertEquals("held", json(blocked).getString("outcome"));
        assertTrue(json(blocked).getJsonArray("feedback").getString(0).startsWith("Please don't share a phone number here"),
                blocked.body());
        String page = maya.get(pagePath(FIELD_TRIP)).body();
        assertTrue(page.contains(phone), "the student's words are kept in the form for fixing");
        assertTrue(page.contains("share a phone number here"), page);
        assertFalse(signedIn(PARENT).get(pagePath(FIELD_TRIP)).body().contains(phone));

        String fixed = unique("I will bring markers for the bird poster");
        HttpResponse<String> queued = comment(maya, FIELD_TRIP, fixed);
        assertEquals(201, queued.statusCode(), queued.body());
        assertEquals("awaiting_moderation", json(queued).getString("outcome"));
        long id = json(queued).getJsonNumber("id").longValue();
        assertTrue(maya.get(pagePath(FIELD_TRIP)).body().contains("Waiting for your teacher"));
        assertFalse(maya.get(pagePath(FIELD_TRIP)).body().contains(phone), "the fixed comment replaced the draft");
        Http parent = signedIn(PARENT);
        assertFalse(parent.get(pagePath(FIELD_TRIP)).body().contains(fixed), "not on the page before approval");

        Http teacher = signedIn(DemoPeople.TEACHER);
        assertTrue(comments.queue(Viewer.of(accounts.byUsername(DemoPeople.TEACHER).orElseThrow()),
                ModerationFilter.waiting()).stream().anyMatch(e -> e.id() == id));
        HttpResponse<String> approved = send(teacher, "/api/v1/comments/" + id + "/approve", "");
        assertEquals(200, approved.statusCode(), approved.body());

        String parentsView = parent.get(pagePath(FIELD_TRIP)).body();
        assertTrue(parentsView.contains(fixed), "a parent of the class reads the approved comment");
        assertTrue(parentsView.contains("/concerns/report?kind=comment&amp;id=" + id));
        assertTrue(parentsView.contains("Maya R."), "students are named by first name and initial");
        Http otherParent = signedIn(OTHER_PARENT);
        HttpResponse<String> outsider = otherParent.get(pagePath(FIELD_TRIP));
        assertEquals(404, outsider.statusCode());
        assertFalse(outsider.body().contains(fixed));
        assertEquals(404, new Http(base.toString()).get(pagePath(FIELD_TRIP)).statusCode());

        Account student = accounts.byUsername(STUDENT).orElseThrow();
        assertTrue(notices.to(student.id(), CommentService.DECISION_TOPIC).stream()
                .anyMatch(n -> n.subject().equals("Your comment is on the page") && n.link().endsWith("#comment-" + id)));
        List<AuditAction> logged = audit.latest(200).stream()
                .filter(e -> "COMMENT".equals(e.contentKind()) && Long.valueOf(id).equals(e.itemId()))
                .map(e -> e.action()).toList();
        assertTrue(logged.containsAll(List.of(AuditAction.COMMENT_SUBMITTED, AuditAction.COMMENT_APPROVED)), logged.toString());
    }

    @Test
    void aTeachersEditIsRecordedCheckedByTheGateAndShownAsEdited() {
        Account author = classmate(0);
        Http student = signedIn(author.username());
        String original = unique("The herons was standing very stil");
        long id = json(comment(student, FIELD_TRIP, original)).getJsonNumber("id").longValue();
        Http teacher = signedIn(DemoPeople.TEACHER);

        HttpResponse<String> refused = send(teacher, "/api/v1/comments/" + id + "/edit",
                "text=" + Http.encode(author.givenName() + " " + author.familyName() + " got an F on the spelling test"));
        assertEquals(422, refused.statusCode(), "the gate checks the teacher's edit too");
        assertFalse(json(refused).getBoolean("saved"));

        String edited = original.replace("was standing very stil", "were standing very still");
        HttpResponse<String> saved = send(teacher, "/api/v1/comments/" + id + "/edit", "text=" + Http.encode(edited));
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> edits = teacher.get("/api/v1/comments/" + id + "/edits");
        assertEquals(200, edits.statusCode());
        JsonObject edit = Json.createReader(new StringReader(edits.body())).readArray().getJsonObject(0);
        assertEquals(original, edit.getString("originalText"));
        assertEquals(edited, edit.getString("editedText"));
        assertEquals(accounts.byUsername(DemoPeople.TEACHER).orElseThrow().id(), edit.getJsonNumber("editedBy").longValue());
        String page = signedIn(PARENT).get(pagePath(FIELD_TRIP)).body();
        assertTrue(page.contains(edited), "a waiting comment is approved with the edit");
        assertFalse(page.contains(original));
        assertTrue(page.contains("edited by the teacher"));
        assertTrue(notices.to(author.id(), CommentService.DECISION_TOPIC).stream()
                .anyMatch(n -> n.subject().equals("Your teacher edited your comment") && n.text().contains(original)));
    }

    @Test
    void outsidersMayNotCommentAndBrowserSessionsMustProveWhereTheyCameFrom() {
        Account biologyStudent = directory.studentsOf(directory.site(DemoPeople.BIOLOGY).orElseThrow().id()).get(0);
        Http other = signedIn(biologyStudent.username());
        assertEquals(403, comment(other, WELCOME, unique("Hello from biology")).statusCode(),
                "a student of another class may read the public post but not comment");
        assertEquals(404, comment(other, FIELD_TRIP, unique("Hello")).statusCode(),
                "a class page they cannot read does not exist for them");
        assertEquals(403, comment(signedIn(OTHER_PARENT), WELCOME, unique("Hello")).statusCode());
        assertEquals(403, comment(signedIn(PARENT), FIELD_TRIP, unique("Hello")).statusCode(),
                "parents comment only where the site allows it");

        Http anonymous = new Http(base.toString());
        assertEquals(401, comment(anonymous, WELCOME, unique("Hello")).statusCode());
        assertFalse(anonymous.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + post(WELCOME).slug()).body()
                .contains("comment-form"), "anonymous visitors get no form");

        Http maya = signedIn(STUDENT);
        HttpResponse<String> forged = maya.post("/api/v1/comments", FORM,
                "item=" + post(FIELD_TRIP).itemId() + "&text=" + Http.encode(unique("Forged")));
        assertEquals(403, forged.statusCode(), "a form on another site cannot post with the student's cookie");
        assertTrue(maya.get(pagePath(FIELD_TRIP)).body().contains("comment-form"));
    }

    /** The comment form as a browser without JavaScript sends it: its own fields, to its own action. */
    private static HttpResponse<String> submitPlainForm(Http http, String page, String text) {
        Matcher form = Pattern.compile("<form id=\"comment-form\"[^>]*action=\"([^\"]+)\"(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        assertTrue(form.find(), "no comment form in:\n" + page);
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(form.group(2));
        while (hidden.find()) {
            body.append(Http.encode(hidden.group(1))).append('=').append(Http.encode(hidden.group(2))).append('&');
        }
        return http.post(form.group(1), FORM, body + "text=" + Http.encode(text));
    }

    @Test
    void theCommentFormWorksWithoutJavaScriptAndOnlyWithItsToken() {
        Account author = classmate(6);
        Http student = signedIn(author.username());
        String path = pagePath(FIELD_TRIP);
        String phone = unique("My mum says call 555-201-7788 about the bus");

        HttpResponse<String> held = submitPlainForm(student, student.get(path).body(), phone);
        assertEquals(303, held.statusCode(), held.body());
        assertEquals(path + "#comments", held.headers().firstValue("Location").orElseThrow(), "back to the page");
        String page = student.get(path).body();
        assertTrue(page.contains(phone), "the text is kept in the form for fixing");
        assertTrue(page.contains("share a phone number here"), page);

        String fixed = unique("I liked the heron best");
        HttpResponse<String> queued = submitPlainForm(student, page, fixed);
        assertEquals(303, queued.statusCode(), queued.body());
        page = student.get(path).body();
        assertTrue(page.contains(fixed) && page.contains("Waiting for your teacher"), page);
        assertFalse(page.contains(phone), "the fixed comment replaced the draft");

        String token = find("name=\"token\" value=\"([^\"]+)\"", page);
        String item = "item=" + post(FIELD_TRIP).itemId();
        Http maya = signedIn(STUDENT);
        String forgedText = unique("Sent from another site");
        assertEquals(403, maya.post("/comments/send", FORM, item + "&text=" + Http.encode(forgedText)).statusCode(),
                "no token, no comment");
        HttpResponse<String> stolen = maya.post("/comments/send", FORM, item + "&token=" + Http.encode(token)
                + "&text=" + Http.encode(forgedText));
        assertEquals(403, stolen.statusCode(), "a token is for its own account only");
        assertTrue(stolen.body().contains(forgedText), "the refused text is given back to copy");
        assertFalse(maya.get(path).body().contains(forgedText), "nothing was stored");
        assertEquals(302, new Http(base.toString()).post("/comments/send", FORM, item + "&text=x").statusCode(),
                "anonymous visitors are sent to sign in");
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    @Test
    void burstsAndRepeatedTextAreSlowedDownAndTheTextIsKept() {
        Http student = signedIn(classmate(1).username());
        String first = unique("Birds are cool");
        assertEquals(201, comment(student, WELCOME, first).statusCode());
        HttpResponse<String> again = comment(student, WELCOME, first.toUpperCase() + "!");
        assertEquals(422, again.statusCode());
        assertTrue(json(again).getString("message").contains("already sent this comment"), again.body());

        for (int i = 2; i <= 5; i++) {
            assertEquals(201, comment(student, WELCOME, unique("Comment number " + i)).statusCode());
        }
        String sixth = unique("One more thing about birds");
        HttpResponse<String> slowed = comment(student, WELCOME, sixth);
        assertEquals(422, slowed.statusCode());
        assertTrue(json(slowed).getString("message").contains("slow down"), slowed.body());
        assertTrue(student.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + post(WELCOME).slug()).body().contains(sixth));
    }

    @Test
    void aRejectedCommentShowsTheReasonToItsAuthorOnlyAndTheStudentHearsOfIt() {
        Account author = classmate(2);
        Http student = signedIn(author.username());
        String text = unique("this post is boring");
        long id = json(comment(student, FIELD_TRIP, text)).getJsonNumber("id").longValue();
        Http teacher = signedIn(DemoPeople.TEACHER);

        assertEquals(400, send(teacher, "/api/v1/comments/" + id + "/reject", "reason=").statusCode());
        assertEquals(200, send(teacher, "/api/v1/comments/" + id + "/reject",
                "reason=" + Http.encode("Tell us one thing you would change instead")).statusCode());

        String own = student.get(pagePath(FIELD_TRIP)).body();
        assertTrue(own.contains("Tell us one thing you would change instead"));
        assertFalse(signedIn(PARENT).get(pagePath(FIELD_TRIP)).body().contains(text));
        assertTrue(notices.to(author.id(), CommentService.DECISION_TOPIC).stream()
                .anyMatch(n -> n.text().contains("Tell us one thing you would change instead")));
        assertEquals(404, send(signedIn(DemoPeople.OTHER_TEACHER), "/api/v1/comments/" + id + "/approve", "")
                .statusCode(), "another class's teacher cannot moderate it");
    }

    @Test
    void eachTeacherWithWaitingCommentsHearsOfThemInOneDigest() {
        Http student = signedIn(classmate(3).username());
        assertEquals(201, comment(student, FIELD_TRIP, unique("Can we go again in spring")).statusCode());
        long hill = accounts.byUsername(DemoPeople.TEACHER).orElseThrow().id();
        long chen = accounts.byUsername(DemoPeople.OTHER_TEACHER).orElseThrow().id();
        int before = notices.to(hill, ModerationDigest.TOPIC).size();
        int chenBefore = notices.to(chen, ModerationDigest.TOPIC).size();
        // Sending notices hands their e-mail to a worker thread; nothing here touches the database after it.
        digest.send();
        List<org.chalkpress.notify.Notice> digests = notices.to(hill, ModerationDigest.TOPIC);
        assertEquals(before + 1, digests.size());
        assertTrue(digests.get(digests.size() - 1).text().contains("Ms. Hill's Grade 4"), digests.toString());
        assertEquals(chenBefore, notices.to(chen, ModerationDigest.TOPIC).size(), "nothing waits for Dr. Chen");
    }

    @Test
    void parentsMayCommentWhereTheSiteAllowsAndReportsOfConcernHideRestoreAndRemove() {
        Account hill = accounts.byUsername(DemoPeople.TEACHER).orElseThrow();
        Viewer asHill = Viewer.of(hill);
        ClassSite site = grade4();
        comments.changeSettings(asHill, site, WhoMayComment.STUDENTS_AND_PARENTS, false, false, 0);
        try {
            String hello = unique("Thank you for the lovely trip");
            HttpResponse<String> direct = comment(signedIn(PARENT), FIELD_TRIP, hello);
            assertEquals(201, direct.statusCode(), direct.body());
            assertEquals("published", json(direct).getString("outcome"));
            long id = json(direct).getJsonNumber("id").longValue();
            assertTrue(signedIn(STUDENT).get(pagePath(FIELD_TRIP)).body().contains(hello));

            Viewer comms = Viewer.of(accounts.byUsername(DemoPeople.COMMS).orElseThrow());
            reports.report(Viewer.of(accounts.byUsername(STUDENT).orElseThrow()), "198.51.100.30",
                    ContentKind.COMMENT, id, "STUDENT-PRIVACY", null);
            assertTrue(reports.queue(comms).stream().anyMatch(e -> e.target().id() == id
                    && e.target().text().equals(hello)), "the comment waits in the concern queue with its words");
            reports.hide(comms, ContentKind.COMMENT, id);
            assertFalse(signedIn(STUDENT).get(pagePath(FIELD_TRIP)).body().contains(hello), "hidden at once");
            reports.restore(comms, ContentKind.COMMENT, id, "Checked: nothing personal.");
            assertTrue(signedIn(STUDENT).get(pagePath(FIELD_TRIP)).body().contains(hello), "back after review");
            reports.report(Viewer.of(accounts.byUsername(STUDENT).orElseThrow()), "198.51.100.30",
                    ContentKind.COMMENT, id, null, "It names where we live");
            reports.remove(comms, ContentKind.COMMENT, id, "Personal details");
            assertFalse(signedIn(STUDENT).get(pagePath(FIELD_TRIP)).body().contains(hello), "removed for good");
            assertTrue(comments.queue(asHill, new ModerationFilter(DemoPeople.GRADE4, CommentStatus.REMOVED, null, false))
                    .stream().anyMatch(e -> e.id() == id && e.reason().equals("Personal details")), "kept with the reason");
        } finally {
            comments.changeSettings(asHill, site, WhoMayComment.STUDENTS, true, false, 0);
        }
    }

    @Test
    void wikiPagesTakeCommentsToo() {
        Long glossary = wikiPages.lookup(grade4(), EnumSet.allOf(Audience.class), "glossary").orElseThrow().page().itemId();
        String word = unique("Estuary: where a river meets the sea");
        HttpResponse<String> sent = send(signedIn(DemoPeople.TEACHER), "/api/v1/comments",
                "item=" + glossary + "&text=" + Http.encode(word));
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("published", json(sent).getString("outcome"), "the class's teacher needs no approval");
        String path = "/sites/" + DemoPeople.GRADE4 + "/wiki/glossary";
        assertTrue(signedIn(STUDENT).get(path).body().contains(word));
        HttpResponse<String> outsider = signedIn(OTHER_PARENT).get(path);
        assertEquals(404, outsider.statusCode());
        assertFalse(outsider.body().contains(word));
    }

    @Test
    void linksAreRefusedFromStudentsAndManyLinksWaitForTheTeacherWhoeverWroteThem() {
        Http student = signedIn(classmate(4).username());
        String withLink = unique("Look at https://birds.example/herons");
        HttpResponse<String> refused = comment(student, FIELD_TRIP, withLink);
        assertEquals(422, refused.statusCode());
        assertTrue(json(refused).getString("message").contains("Links are not allowed"), refused.body());
        assertTrue(student.get(pagePath(FIELD_TRIP)).body().contains("birds.example/herons"), "text kept");

        HttpResponse<String> many = comment(signedIn(DemoPeople.TEACHER), FIELD_TRIP, unique(
                "Sources: https://a.example/1 https://b.example/2 https://c.example/3"));
        assertEquals(201, many.statusCode(), many.body());
        assertEquals("awaiting_moderation", json(many).getString("outcome"));
    }

    @Test
    void anApprovedCommentReachesAnonymousReadersOfAPublicPostDespiteTheirCachedCopy() {
        String path = "/sites/" + DemoPeople.GRADE4 + "/posts/" + post(WELCOME).slug();
        Http visitor = new Http(base.toString());
        HttpResponse<String> before = visitor.get(path);
        assertEquals(200, before.statusCode());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String text = unique("Welcome back everyone");
        long id = json(comment(signedIn(classmate(5).username()), WELCOME, text)).getJsonNumber("id").longValue();
        assertFalse(visitor.get(path).body().contains(text), "not public before approval");

        assertEquals(200, send(signedIn(DemoPeople.TEACHER), "/api/v1/comments/" + id + "/approve", "").statusCode());
        HttpResponse<String> revalidated = visitor.send(visitor.request(path).header("If-None-Match", etag).GET());
        assertEquals(200, revalidated.statusCode(), "the old copy is out of date");
        assertTrue(revalidated.body().contains(text));
        assertFalse(revalidated.body().contains("comment-form"), "anonymous visitors get no form");
    }
}
