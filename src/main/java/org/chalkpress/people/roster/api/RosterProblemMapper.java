package org.chalkpress.people.roster.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.chalkpress.people.roster.RosterImportException;
import org.chalkpress.people.roster.RosterProblem;
import org.chalkpress.platform.api.Problem;

/** A refused roster import: 422 with every file, row and field that needs fixing. Nothing was imported. */
@Provider
public class RosterProblemMapper implements ExceptionMapper<RosterImportException> {

    @Override
    public Response toResponse(RosterImportException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (RosterProblem problem : e.report().problems()) {
            errors.add(Json.createObjectBuilder()
                    .add("file", problem.file())
                    .add("row", problem.row())
                    .add("field", problem.field() == null ? "" : problem.field())
                    .add("value", problem.value() == null ? "" : problem.value())
                    .add("message", problem.describe()));
        }
        return Problem.build(422, "The roster was not imported",
                e.report().totalProblems() + " problem(s) found; nothing was imported. Fix them and upload again.",
                errors).build();
    }
}
