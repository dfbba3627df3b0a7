package org.chalkpress.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem details: what went wrong, and for bad input, each field and what to fix. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String title, String detail) {
        return build(status, title, detail, null).build();
    }

    public static Response fields(int status, String title, Map<String, String> fieldErrors) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        fieldErrors.forEach((field, message) ->
                errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
        return build(status, title, String.join(" ", fieldErrors.values()), errors).build();
    }

    public static Response.ResponseBuilder build(int status, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
    }
}
