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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.chalkpress.blog.BlogReader;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.NotFoundException;
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
@Path("/")
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
    public record PostInput(String title, String body, String tags, String audience) { }

    /** The body of a publish. */
    public record PublishInput(Boolean acknowledgeWarnings, String overrideJustification) { }

    @GET
    @Path("sites/{site}/posts")
    @Operation(summary = "Published posts of a site that the caller may read, newest first")
    public JsonObject published(@PathParam("site") String slug, @QueryParam("page") Integer page) {
        ClassSite site = site(slug);
        BlogReader.PostPage posts = reader.page(site, access.readableAudiences(currentViewer.viewer(), site),
                page == null ? 1 : page);
        JsonArrayBuilder items = Json.createArrayBuilder();
        posts.posts().forEach(p -> items.add(PostJson.published(p, site)));
        return Json.createObjectBuilder().add("page", posts.page()).add("hasMore", posts.hasMore())
                .add("posts", items).build();
    }

    @POST
    @Path("sites/{site}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft; the response carries the policy findings")
    public Response create(@PathParam("site") String slug, PostInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        ContentItem item = blog.saveDraft(viewer, slug, null, form(input));
        return Response.created(URI.create("/api/v1/posts/" + item.id()))
                .entity(PostJson.draft(item, site(slug))).build();
    }

    @GET
    @Path("posts/{id}")
    @Operation(summary = "A post's draft and status, for its authors")
    public JsonObject draft(@PathParam("id") Long id) {
        ContentItem item = blog.editable(Callers.signedIn(currentViewer.viewer()), id);
        return PostJson.draft(item, directory.site(item.siteId()).orElseThrow());
    }

    @PUT
    @Path("posts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a post's draft (published revisions stay until the next publish)")
    public JsonObject update(@PathParam("id") Long id, PostInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        ContentItem existing = blog.editable(viewer, id);
        ClassSite site = directory.site(existing.siteId()).orElseThrow();
        return PostJson.draft(blog.saveDraft(viewer, site.slug(), id, form(input)), site);
    }

    @POST
    @Path("posts/{id}/publish")
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
    @Path("posts/{id}/unpublish")
    @Operation(summary = "Hide a published post from readers; it and its history are kept")
    public JsonObject unpublish(@PathParam("id") Long id) {
        ContentItem item = blog.unpublish(Callers.signedIn(currentViewer.viewer()), id);
        return PostJson.draft(item, directory.site(item.siteId()).orElseThrow());
    }

    @GET
    @Path("posts/{id}/revisions")
    @Operation(summary = "Every published revision of a post, newest first")
    public JsonValue revisions(@PathParam("id") Long id) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        blog.history(Callers.signedIn(currentViewer.viewer()), id).forEach(r -> array.add(PostJson.revision(r)));
        return array.build();
    }

    private ClassSite site(String slug) {
        return directory.site(slug).orElseThrow(() -> new NotFoundException("No class site called '" + slug + "'."));
    }

    private static PostForm form(PostInput input) {
        if (input == null) {
            throw org.chalkpress.platform.InvalidInputException.of("body",
                    "Send a JSON object with title, body, tags and audience.");
        }
        return new PostForm(input.title(), input.body(), input.tags(), input.audience());
    }
}
