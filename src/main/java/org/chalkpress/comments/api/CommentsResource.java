package org.chalkpress.comments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chalkpress.comments.CommentEdit;
import org.chalkpress.comments.CommentResult;
import org.chalkpress.comments.CommentService;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.publishing.FindingsJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Comments over HTTP: the comment form on reading pages posts here (with the session cookie, so the API's
 * X-Requested-With check guards it against CSRF), and teachers may moderate here as on the queue screen.
 * Forbidden for those who may not comment; a page the caller cannot read answers 404.
 */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "applicationPassword")
public class CommentsResource {

    @Inject
    CommentService comments;

    @Inject
    CurrentViewer currentViewer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Comment on a page: 201 when on the page or waiting for a teacher, 422 when kept as a"
            + " draft with what to fix")
    public Response comment(@FormParam("item") Long itemId, @FormParam("text") String text) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        CommentResult result = comments.submit(viewer, itemId, text);
        JsonArrayBuilder feedback = Json.createArrayBuilder();
        result.feedback().forEach(feedback::add);
        JsonObject body = Json.createObjectBuilder()
                .add("id", result.commentId())
                .add("outcome", result.outcome().name().toLowerCase())
                .add("message", result.message())
                .add("feedback", feedback)
                .build();
        return Response.status(result.outcome() == CommentResult.Outcome.HELD ? 422 : 201).entity(body).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a comment (the class's teachers)")
    public JsonObject approve(@PathParam("id") Long id) {
        comments.approve(Callers.signedIn(currentViewer.viewer()), id);
        return Json.createObjectBuilder().add("id", id).add("status", "approved").build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Reject a comment with a reason its author sees (the class's teachers)")
    public JsonObject reject(@PathParam("id") Long id, @FormParam("reason") String reason) {
        comments.reject(Callers.signedIn(currentViewer.viewer()), id, reason);
        return Json.createObjectBuilder().add("id", id).add("status", "rejected").build();
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Edit a comment (recorded; a waiting comment is approved with the edit); 422 when the"
            + " policy blocks the new words")
    public Response edit(@PathParam("id") Long id, @FormParam("text") String text) {
        CommentService.EditOutcome outcome = comments.edit(Callers.signedIn(currentViewer.viewer()), id, text);
        return Response.status(outcome.saved() ? 200 : 422).entity(Json.createObjectBuilder()
                .add("id", id).add("saved", outcome.saved())
                .add("findings", FindingsJson.toJson(outcome.findings())).build()).build();
    }

    @GET
    @Path("{id}/edits")
    @Operation(summary = "The recorded edits of a comment: the words before and after, who and when")
    public List<EditJson> edits(@PathParam("id") Long id) {
        return comments.edits(Callers.signedIn(currentViewer.viewer()), id).stream().map(EditJson::of).toList();
    }

    /** One recorded edit. */
    public record EditJson(String originalText, String editedText, long editedBy, String editedAt) {
        static EditJson of(CommentEdit e) {
            return new EditJson(e.originalText(), e.editedText(), e.editedBy(), e.editedAt().toString());
        }
    }
}
