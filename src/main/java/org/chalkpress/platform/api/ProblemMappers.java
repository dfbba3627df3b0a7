package org.chalkpress.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.InvalidInputException;

/** Every error the API returns is application/problem+json, with a message that says what to fix. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Response unreadableJson() {
        return Problem.of(400, "The request body is not valid JSON",
                "Send a JSON object as described in the OpenAPI document at /openapi.");
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.fields(400, "Some fields need fixing", e.fieldErrors());
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<org.chalkpress.platform.NotFoundException> {
        @Override
        public Response toResponse(org.chalkpress.platform.NotFoundException e) {
            return Problem.of(404, "Not found", e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return Problem.of(403, "Not allowed", e.getMessage());
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadableJson();
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return unreadableJson();
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) in the same shape. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        private static final Logger LOG = Logger.getLogger(Web.class.getName());

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof NotFoundException) {
                return Problem.of(404, "Not found", "There is nothing at this address in the API.");
            }
            if (status >= 500) {
                LOG.log(Level.WARNING, "API error", e);
            }
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return unreadableJson();
            }
            Response.ResponseBuilder builder = Problem.build(status, e.getResponse().getStatusInfo().getReasonPhrase(),
                    e.getMessage(), null);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /** Jersey reports a body it could not turn into the expected object this way. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return unreadableJson();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                if (root instanceof InvalidInputException invalid) {
                    return new InvalidInput().toResponse(invalid);
                }
                if (root instanceof org.chalkpress.platform.NotFoundException missing) {
                    return new Missing().toResponse(missing);
                }
                if (root instanceof NotAllowedException denied) {
                    return new Forbidden().toResponse(denied);
                }
            }
            LOG.log(Level.SEVERE, "Unexpected API error", e);
            return Problem.of(500, "Internal error", "The server could not finish this request; nothing was lost."
                    + " Try again, and tell your district IT team if it keeps happening.");
        }
    }
}
