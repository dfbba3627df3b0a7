package org.chalkpress.people.roster.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.roster.OneRosterReader;
import org.chalkpress.people.roster.RosterImport;
import org.chalkpress.platform.api.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Roster import over REST: a OneRoster 1.1 CSV zip in, a summary or a row-by-row report out. */
@Path("roster")
@RequestScoped
@SecurityRequirement(name = "applicationPassword")
public class RosterResource {

    @Inject
    RosterImport rosterImport;

    @Inject
    CurrentViewer currentViewer;

    @POST
    @Path("import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a OneRoster 1.1 CSV zip (orgs, users, classes, enrollments); all or nothing")
    public JsonObject importZip(InputStream zip) throws IOException {
        var viewer = Callers.signedIn(currentViewer.viewer());
        RosterImport.Summary summary = rosterImport.apply(viewer, new OneRosterReader().readZip(zip.readAllBytes()));
        return Json.createObjectBuilder()
                .add("created", summary.created())
                .add("updated", summary.updated())
                .add("unchanged", summary.unchanged())
                .add("membershipsAdded", summary.membershipsAdded())
                .add("membershipsRemoved", summary.membershipsRemoved())
                .add("skippedAdministrators", summary.skippedAdministrators())
                .build();
    }
}
