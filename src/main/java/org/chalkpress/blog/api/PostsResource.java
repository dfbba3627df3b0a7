package org.chalkpress.blog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.platform.api.Problem;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Posts over REST: read what is published; write, publish and unpublish drafts (through the gate). */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "applicationPassword")
public class PostsResource {

    @Inject
    BlogService blog;

    @Inject
    BlogReader reader;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    /** The body of a create or update. */
    public record PostInput(String title, String body, String tags, String audience) {

        /** The editor's form for this input; a missing body is bad input, not a server error. */
        static PostForm toForm(PostInput input) {
            if (input == null) {
                throw InvalidInputException.of("body", "Send a JSON object with title, body, tags and audience.");
            }
            return new PostForm(input.title(), input.body(), input.tags(), input.audience());
        }
    }

    /** The body of a publish. */
    public record PublishInput(Boolean acknowledgeWarnings, String overrideJustification) { }

    @GET
    @Path("{id}")
    @Operation(summary = "A post's draft and status, for its authors")
    public JsonObject draft(@PathParam("id") Long id) {
        ContentItem item = blog.editable(Callers.signedIn(currentViewer.viewer()), id);
        return PostJson.draft(item, directory.site(item.siteId()).orElseThrow());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a post's draft (published revisions stay until the next publish)")
    public JsonObject update(@PathParam("id") Long id, PostInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        ContentItem existing = blog.editable(viewer, id);
        ClassSite site = directory.site(existing.siteId()).orElseThrow();
        return PostJson.draft(blog.saveDraft(viewer, site.slug(), id, PostInput.toForm(input)), site);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft through the policy gate; 422 with the findings when it may not go out")
    public Response publish(@PathParam("id") Long id, PublishInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        PublishInput ack = input == null ? new PublishInput(false, null) : input;
        PublishOutcome<Revision> outcome = blog.publish(viewer, id, new Acknowledgement(
                Boolean.TRUE.equals(ack.acknowledgeWarnings()), ack.overrideJustification()));
        if (!outcome.published()) {
            String title = outcome.needsAcknowledgement()
                    ? "Acknowledge the warnings to publish (send acknowledgeWarnings: true)"
                    : "The district's social media policy blocks this post";
            return Problem.build(422, title, outcome.decision().findings().size() + " finding(s); the draft is saved.",
                            null)
                    .entity(Json.createObjectBuilder()
                            .add("type", "about:blank").add("title", title).add("status", 422)
                            .add("verdict", outcome.decision().verdict().code())
                            .add("findings", FindingsJson.toJson(outcome.decision().findings()))
                            .build().toString())
                    .build();
        }
        return Response.ok(Json.createObjectBuilder()
                .add("published", true)
                .add("verdict", outcome.decision().verdict().code())
                .add("revision", PostJson.revision(outcome.result()))
                .add("findings", FindingsJson.toJson(outcome.decision().findings()))
                .build()).build();
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Hide a published post from readers; it and its history are kept")
    public JsonObject unpublish(@PathParam("id") Long id) {
        ContentItem item = blog.unpublish(Callers.signedIn(currentViewer.viewer()), id);
        return PostJson.draft(item, directory.site(item.siteId()).orElseThrow());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every published revision of a post, newest first")
    public JsonValue revisions(@PathParam("id") Long id) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        blog.history(Callers.signedIn(currentViewer.viewer()), id).forEach(r -> array.add(PostJson.revision(r)));
        return array.build();
    }

}
