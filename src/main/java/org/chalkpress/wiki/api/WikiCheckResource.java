package org.chalkpress.wiki.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.wiki.WikiService;
import org.chalkpress.wiki.WikiViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The policy check of a wiki edit written in Markdown, for the wiki editor's live findings: the same findings
 * the gate would give on saving, for teachers and for students allowed to propose edits. Saves nothing.
 */
@Path("wiki")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WikiCheckResource {

    static final int MAX_MARKDOWN = 200_000;

    @Inject
    WikiService wiki;

    @Inject
    CurrentViewer currentViewer;

    /** {@code item} is the page being edited (null for a new page). */
    public record CheckInput(String site, Long item, String title, String markdown) { }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "applicationPassword")
    @Operation(summary = "Check a wiki edit (Markdown) against the district's social media policy without saving it")
    public JsonObject check(CheckInput input) {
        var viewer = Callers.signedIn(currentViewer.viewer());
        Map<String, String> errors = new LinkedHashMap<>();
        if (input == null || input.site() == null || input.site().isBlank()) {
            errors.put("site", "Name the class site the page belongs to, by its address name (slug).");
        }
        if (input != null && input.markdown() != null && input.markdown().length() > MAX_MARKDOWN) {
            errors.put("markdown", "The page is " + input.markdown().length() + " characters; check at most "
                    + MAX_MARKDOWN + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        WikiViews.Checked checked = wiki.check(viewer, input.site().strip(), input.item(), input.title(),
                input.markdown() == null ? "" : input.markdown());
        return Json.createObjectBuilder()
                .add("verdict", checked.decision().verdict().code())
                .add("findings", FindingsJson.toJson(checked.decision().findings()))
                .add("text", checked.text())
                .build();
    }
}
