package org.chalkpress.consent.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.chalkpress.consent.ConsentImportException;
import org.chalkpress.consent.ImportProblem;
import org.chalkpress.platform.api.Problem;

/** A refused consent import: 422 with every line, column and what to write instead. Nothing was recorded. */
@Provider
public class ConsentImportProblemMapper implements ExceptionMapper<ConsentImportException> {

    @Override
    public Response toResponse(ConsentImportException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportProblem problem : e.problems()) {
            errors.add(Json.createObjectBuilder()
                    .add("line", problem.line())
                    .add("column", problem.column())
                    .add("value", problem.value())
                    .add("message", problem.describe()));
        }
        return Problem.build(422, "The consent file was not imported",
                e.problems().size() + " problem(s) found; nothing was imported. Fix them and upload again.",
                errors).build();
    }
}
