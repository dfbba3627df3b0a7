package org.chalkpress.policy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The policy check over REST: what the publish gate would say about a text, without publishing or storing
 * anything (the editor's live findings use it). Offsets index the text of {@code body} with its tags removed,
 * which the response also returns as {@code text}.
 */
@Path("policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    static final int MAX_BODY = 200_000;

    @Inject
    PublishGate gate;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    /**
     * The body of a check; {@code audience} defaults to the site's, {@code item} is the page being edited. For an
     * episode, {@code transcript} says whether it has one and {@code heard} lists who is heard in it (account ids
     * of the class's students and teachers), so the recording's rules answer live too.
     */
    public record CheckInput(String kind, String site, String title, String body, String audience, Long item,
                             Boolean transcript, List<Long> heard) { }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "applicationPassword")
    @Operation(summary = "Check a text against the district's social media policy without publishing it")
    public JsonObject check(CheckInput input) {
        Viewer viewer = Callers.signedIn(currentViewer.viewer());
        Map<String, String> errors = new LinkedHashMap<>();
        if (input == null) {
            throw InvalidInputException.of("body", "Send a JSON object with kind, site, title and body.");
        }
        ContentKind kind = null;
        try {
            kind = ContentKind.fromCode(input.kind());
        } catch (IllegalArgumentException e) {
            errors.put("kind", e.getMessage());
        }
        if (input.site() == null || input.site().isBlank()) {
            errors.put("site", "Name the class site the text is for, by its address name (slug).");
        }
        if (input.body() != null && input.body().length() > MAX_BODY) {
            errors.put("body", "The text is " + input.body().length() + " characters of HTML; check at most " + MAX_BODY + ".");
        }
        Audience audience = null;
        if (input.audience() != null && !input.audience().isBlank()) {
            try {
                audience = Audience.fromCode(input.audience());
            } catch (IllegalArgumentException e) {
                errors.put("audience", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ClassSite site = directory.site(input.site().strip())
                .orElseThrow(() -> new NotFoundException("No class site called '" + input.site() + "'."));
        if (!access.canAuthor(viewer, site)) {
            throw new NotAllowedException("Only the teachers of " + site.title() + " can check texts for it.");
        }
        String body = input.body() == null ? "" : input.body();
        GateDecision decision = gate.review(new Submission(kind, site, viewer.required(), input.title(), body,
                audience == null ? site.defaultAudience() : audience, input.item(), recordingOf(input, site)));
        return Json.createObjectBuilder()
                .add("verdict", decision.verdict().code())
                .add("findings", FindingsJson.toJson(decision.findings()))
                .add("text", ContentDocument.parse(body).text())
                .build();
    }

    /** An episode's recording as the editor describes it; only the class's own people can be named as heard. */
    private Submission.Audio recordingOf(CheckInput input, ClassSite site) {
        if (input.transcript() == null && input.heard() == null) {
            return null;
        }
        Set<Long> heard = input.heard() == null ? Set.of()
                : input.heard().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> classPeople = new HashSet<>();
        directory.studentsOf(site.id()).forEach(a -> classPeople.add(a.id()));
        directory.teachersOf(site.id()).forEach(a -> classPeople.add(a.id()));
        if (!classPeople.containsAll(heard)) {
            throw InvalidInputException.of("heard", "Only students and teachers of " + site.title()
                    + " can be named as heard in its episodes.");
        }
        return new Submission.Audio(Boolean.TRUE.equals(input.transcript()), heard);
    }

    @GET
    @Path("clauses")
    @Operation(summary = "The clauses of the district's social media policy that findings name")
    public JsonArray clauses() {
        JsonArrayBuilder clauses = Json.createArrayBuilder();
        for (ClauseId clause : ClauseId.values()) {
            clauses.add(Json.createObjectBuilder().add("id", clause.code()).add("summary", clause.summary()));
        }
        return clauses.build();
    }
}
