package org.chalkpress.testing;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Container and browser tests publish posts the way a teacher's API client does: draft, then publish. */
public final class ApiPosts {

    private static final String JSON = "application/json";

    private ApiPosts() {
    }

    /** Publishes a post as {@code teacher} on {@code site} for {@code audience}; answers the post's id. */
    public static long publish(String base, String teacher, String site, String title, String bodyHtml,
                               String audience) {
        String password = new Http(base).post("/testing/application-password?username=" + teacher,
                "application/x-www-form-urlencoded", "").body();
        Http client = new Http(base).withApplicationPassword(teacher, password);
        HttpResponse<String> created = client.post("/api/v1/sites/" + site + "/posts", JSON,
                "{\"title\":\"" + title + "\",\"body\":\"" + bodyHtml + "\",\"audience\":\"" + audience + "\"}");
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Draft not created: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> published = client.post("/api/v1/posts/" + id.group(1) + "/publish", JSON, "{}");
        if (published.statusCode() != 200) {
            throw new IllegalStateException("Not published: " + published.statusCode() + " " + published.body());
        }
        return Long.parseLong(id.group(1));
    }
}
