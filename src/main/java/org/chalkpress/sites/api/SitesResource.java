package org.chalkpress.sites.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The district's class sites over REST. */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SitesResource {

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    @GET
    @Operation(summary = "Every class site of the district")
    public JsonArray sites() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        directory.sites().forEach(site -> array.add(json(site)));
        return array.build();
    }

    @GET
    @Path("{site}")
    @Operation(summary = "One class site, with what the caller may do there")
    public JsonObject site(@PathParam("site") String slug) {
        ClassSite site = directory.site(slug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + slug + "'."));
        return Json.createObjectBuilder(json(site))
                .add("canWrite", access.canAuthor(currentViewer.viewer(), site))
                .add("readableAudiences", Json.createArrayBuilder(access.readableAudiences(currentViewer.viewer(), site)
                        .stream().map(a -> a.code()).toList()))
                .build();
    }

    private JsonObject json(ClassSite site) {
        return Json.createObjectBuilder()
                .add("slug", site.slug())
                .add("title", site.title())
                .add("school", directory.school(site.schoolId()).map(s -> s.slug()).orElse(""))
                .add("official", site.official())
                .add("defaultAudience", site.defaultAudience().code())
                .build();
    }
}
