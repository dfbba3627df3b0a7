package org.chalkpress.policy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/** The policy check API as a client sees it, over HTTP with an application password. */
@ExtendWith(ArquillianExtension.class)
class PolicyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    // The test class path has no JSON-P implementation; Selenium's small JSON reader is there for browser tests.
    private final Json json = new Json();

    private String basicAuth(String username) throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(base.toURI().resolve("testing/application-password?username=" + username))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, issued.statusCode(), issued.body());
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + issued.body())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> check(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/policy/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String checkBody(String site, String html) {
        return "{\"kind\":\"post\",\"site\":\"" + site + "\",\"title\":\"Spelling\",\"body\":\"" + html.replace("\"", "\\\"") + "\"}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGradeNamedWithARosterStudentIsFoundAtItsExactPlaceInTheText() throws Exception {
        String html = "<p>Well done today. <b>Maya Rivera</b> got a D on the spelling test.</p>";
        HttpResponse<String> response = check(basicAuth(DemoPeople.TEACHER), checkBody(DemoPeople.GRADE4, html));

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> result = json.toType(response.body(), Map.class);
        assertEquals("block", result.get("verdict"));
        String text = (String) result.get("text");
        assertEquals("Well done today. Maya Rivera got a D on the spelling test.\n", text);
        Map<String, Object> finding = ((List<Map<String, Object>>) result.get("findings")).get(0);
        assertEquals("STUDENT-PRIVACY", finding.get("clause"));
        assertEquals("block", finding.get("severity"));
        assertEquals(17L, ((Number) finding.get("start")).longValue());
        assertEquals(36L, ((Number) finding.get("end")).longValue());
        assertEquals("Maya Rivera got a D", finding.get("excerpt"));
        assertEquals(text.substring(17, 36), finding.get("excerpt"));
        assertTrue(((String) finding.get("message")).contains("Maya Rivera"));
        assertTrue(!((String) finding.get("fix")).isBlank());
    }

    @Test
    void anUnknownSiteIs404AndAnotherTeachersSiteIs403AsProblemJson() throws Exception {
        String teacher = basicAuth(DemoPeople.TEACHER);

        HttpResponse<String> unknown = check(teacher, checkBody("no-such-class", "<p>Hi</p>"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> notMine = check(teacher, checkBody(DemoPeople.BIOLOGY, "<p>Hi</p>"));
        assertEquals(403, notMine.statusCode());
        assertTrue(notMine.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(notMine.body().contains("teachers of"));
    }

    @Test
    void aStudentAndAnAnonymousCallerCannotCheck() throws Exception {
        assertEquals(403, check(basicAuth("maya.rivera"), checkBody(DemoPeople.GRADE4, "<p>Hi</p>")).statusCode());
        assertEquals(401, check(null, checkBody(DemoPeople.GRADE4, "<p>Hi</p>")).statusCode());
    }

    @Test
    void anUnknownKindIsRefusedFieldByField() throws Exception {
        HttpResponse<String> response = check(basicAuth(DemoPeople.TEACHER),
                "{\"kind\":\"tweet\",\"site\":\"grade-4-hill\",\"body\":\"<p>Hi</p>\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"kind\""), response.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClausesAreListedWithTheirSummaries() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/policy/clauses"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        List<Map<String, Object>> clauses = json.toType(response.body(), List.class);
        assertEquals(12, clauses.size());
        assertTrue(clauses.stream().anyMatch(c -> c.get("id").equals("STUDENT-PRIVACY")
                && ((String) c.get("summary")).contains("FERPA")));
    }
}
