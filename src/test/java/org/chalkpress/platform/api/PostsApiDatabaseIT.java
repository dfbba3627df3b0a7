package org.chalkpress.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.ApplicationPasswords;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as a client sees it: application passwords, the gate's verdicts, problem+json errors. */
@ExtendWith(ArquillianExtension.class)
class PostsApiDatabaseIT {

    private static final String JSON = "application/json";

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    @Inject
    ApplicationPasswords applicationPasswords;

    @Inject
    Accounts accounts;

    private Http as(String username) {
        String password = applicationPasswords.issue(accounts.byUsername(username).orElseThrow(), "api test")
                .clearText();
        return new Http(base.toString()).withApplicationPassword(username, password);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void aTeacherCreatesPublishesAndReadsBackAPost() {
        Http teacher = as(DemoPeople.TEACHER);
        HttpResponse<String> created = teacher.post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"Kite day\",\"body\":\"<p>We flew kites.</p>\",\"tags\":\"outdoors\",\"audience\":\"public\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        HttpResponse<String> published = teacher.post("/api/v1/posts/" + id + "/publish", JSON, "{}");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("pass", json(published).getString("verdict"));

        HttpResponse<String> list = new Http(base.toString()).get("/api/v1/sites/grade-4-hill/posts");
        assertTrue(list.body().contains("Kite day"), list.body());
        HttpResponse<String> revisions = teacher.get("/api/v1/posts/" + id + "/revisions");
        assertEquals(1, Json.createReader(new StringReader(revisions.body())).readArray().size());
    }

    @Test
    void aBlockedPublishAnswers422WithTheFindingsAndKeepsTheDraft() {
        Http teacher = as(DemoPeople.TEACHER);
        long id = json(teacher.post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"Scores\",\"body\":\"<p>Maya Rivera failed the math test with 40%.</p>\",\"audience\":\"class\"}"))
                .getJsonNumber("id").longValue();

        HttpResponse<String> refused = teacher.post("/api/v1/posts/" + id + "/publish", JSON,
                "{\"acknowledgeWarnings\":true}");

        assertEquals(422, refused.statusCode());
        assertEquals(Problem.MEDIA_TYPE, refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("block", json(refused).getString("verdict"));
        assertTrue(refused.body().contains("STUDENT-PRIVACY"), refused.body());
        assertTrue(json(teacher.get("/api/v1/posts/" + id)).getString("body").contains("failed the math test"));
    }

    @Test
    void writingNeedsAnApplicationPasswordOfATeacherOfThatClass() {
        Http anonymous = new Http(base.toString());
        HttpResponse<String> unauthenticated = anonymous.post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"x\",\"body\":\"<p>x</p>\"}");
        assertEquals(401, unauthenticated.statusCode());
        assertTrue(unauthenticated.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> wrongPassword = new Http(base.toString())
                .withApplicationPassword(DemoPeople.TEACHER, "aaaa bbbb cccc dddd eeee ffff")
                .get("/api/v1/sites");
        assertEquals(401, wrongPassword.statusCode());

        HttpResponse<String> otherTeacher = as(DemoPeople.OTHER_TEACHER).post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"x\",\"body\":\"<p>x</p>\"}");
        assertEquals(403, otherTeacher.statusCode());
    }

    @Test
    void badInputGetsProblemDetailsNamingEachField() {
        Http teacher = as(DemoPeople.TEACHER);
        HttpResponse<String> missing = teacher.post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"\",\"body\":\"<p>x</p>\",\"audience\":\"everyone\"}");
        assertEquals(400, missing.statusCode());
        assertEquals(Problem.MEDIA_TYPE, missing.headers().firstValue("Content-Type").orElse(""));
        assertTrue(missing.body().contains("\"field\":\"title\""), missing.body());
        assertTrue(missing.body().contains("\"field\":\"audience\""), missing.body());

        HttpResponse<String> malformed = teacher.post("/api/v1/sites/grade-4-hill/posts", JSON, "{\"title\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("not valid JSON"), malformed.body());

        HttpResponse<String> unknownSite = teacher.post("/api/v1/sites/no-such-class/posts", JSON,
                "{\"title\":\"x\",\"body\":\"<p>x</p>\"}");
        assertEquals(404, unknownSite.statusCode());
        assertTrue(unknownSite.body().contains("no-such-class"));

        HttpResponse<String> huge = teacher.send(teacher.request("/api/v1/sites/grade-4-hill/posts")
                .header("Content-Type", JSON).expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"x\",\"body\":\"" + "a".repeat(1_100_000) + "\"}")));
        assertEquals(413, huge.statusCode());
    }

    @Test
    void browserSessionsMustProveTheRequestCameFromChalkpressItself() {
        Http browser = new Http(base.toString());
        browser.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        HttpResponse<String> forged = browser.post("/api/v1/sites/grade-4-hill/posts", JSON,
                "{\"title\":\"Forged\",\"body\":\"<p>x</p>\"}");
        assertEquals(403, forged.statusCode());
        HttpResponse<String> genuine = browser.send(browser.request("/api/v1/sites/grade-4-hill/posts")
                .header("Content-Type", JSON).header("X-Requested-With", "chalkpress")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"Genuine\",\"body\":\"<p>x</p>\"}")));
        assertEquals(201, genuine.statusCode(), genuine.body());
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() {
        Http browser = new Http(base.toString());
        browser.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        HttpResponse<String> forged = browser.post("/teach/post-editor?site=grade-4-hill",
                "application/x-www-form-urlencoded", "editor=editor&title=Forged+post&body_input=x&save=Save+draft");
        assertTrue(forged.statusCode() < 500);
        HttpResponse<String> posts = browser.get("/teach/posts");
        assertTrue(!posts.body().contains("Forged post"));
    }

    @Test
    void aRevokedApplicationPasswordNoLongerSignsIn() {
        var teacher = accounts.byUsername(DemoPeople.TEACHER).orElseThrow();
        var issued = applicationPasswords.issue(teacher, "to revoke");
        Http client = new Http(base.toString()).withApplicationPassword(DemoPeople.TEACHER, issued.clearText());
        assertEquals(200, client.get("/api/v1/posts/1").statusCode());
        applicationPasswords.revoke(teacher, issued.password().id());
        assertEquals(401, client.get("/api/v1/posts/1").statusCode());
    }
}
