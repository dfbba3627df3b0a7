package org.chalkpress.consent.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.chalkpress.consent.ConsentAccess;
import org.chalkpress.consent.ConsentAnswer;
import org.chalkpress.consent.ConsentImport;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentState;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.api.Callers;
import org.chalkpress.policy.Audience;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The consent registry over REST: the CSV import (registry keepers), and one person's consent, which the
 * same people may read and change as on the screens (keepers anyone, parents their own children, staff
 * themselves). People the caller may not speak for are answered 404, as if they did not exist.
 */
@Path("consent")
@RequestScoped
@SecurityRequirement(name = "applicationPassword")
public class ConsentResource {

    /** A grant or refusal: decision "granted" or "refused", audience class/district/public for a grant. */
    public record ConsentInput(String decision, String audience, String givenBy, String expiresOn) { }

    @Inject
    ConsentImport consentImport;

    @Inject
    ConsentRegistry registry;

    @Inject
    ConsentAccess access;

    @Inject
    Accounts accounts;

    @Inject
    CurrentViewer currentViewer;

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a consent CSV (docs/consent-csv.md); all or nothing, 422 lists every problem")
    public JsonObject importCsv(InputStream csv) throws IOException {
        Account actor = Callers.signedIn(currentViewer.viewer()).required();
        ConsentImport.Summary summary = consentImport.apply(actor, csv.readAllBytes());
        return Json.createObjectBuilder()
                .add("recorded", summary.recorded())
                .add("unchanged", summary.unchanged())
                .build();
    }

    @GET
    @Path("people/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One person's consent, kind by kind")
    public JsonObject person(@PathParam("username") String username) {
        return states(reachable(username));
    }

    @PUT
    @Path("people/{username}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or refuse one kind of consent for a person")
    public JsonObject answer(@PathParam("username") String username, @PathParam("kind") String kindCode,
                             ConsentInput input) {
        Account actor = Callers.signedIn(currentViewer.viewer()).required();
        Account person = reachable(username);
        ConsentKind kind = kind(kindCode);
        if (input == null) {
            throw InvalidInputException.of("decision", "Send {\"decision\": \"granted\", \"audience\": \"class\"}"
                    + " or {\"decision\": \"refused\"}.");
        }
        ConsentAnswer answer;
        Audience audience = null;
        java.time.LocalDate expiresOn = null;
        try {
            answer = ConsentAnswer.fromCode(input.decision());
            if (answer == ConsentAnswer.GRANTED) {
                audience = Audience.fromCode(input.audience() == null ? "" : input.audience());
            }
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(input.decision() == null ? "decision" : "audience", e.getMessage());
        }
        if (input.expiresOn() != null && !input.expiresOn().isBlank()) {
            try {
                expiresOn = java.time.LocalDate.parse(input.expiresOn().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("expiresOn", "Write the last day as 2027-07-31 (year-month-day).");
            }
        }
        GivenBy givenBy = givenBy(actor, person, input.givenBy());
        registry.record(actor, person, new ConsentStatement(kind, answer, audience, ConsentRegistry.today(),
                givenBy, expiresOn));
        return states(person);
    }

    @DELETE
    @Path("people/{username}/{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke one kind of consent: every published item showing the person is withdrawn")
    public JsonObject revoke(@PathParam("username") String username, @PathParam("kind") String kindCode) {
        Account actor = Callers.signedIn(currentViewer.viewer()).required();
        Account person = reachable(username);
        registry.revoke(actor, person, kind(kindCode));
        return states(person);
    }

    /** The person, if the caller may speak for them; otherwise 404 (a parent learns nothing of other families). */
    private Account reachable(String username) {
        Account actor = Callers.signedIn(currentViewer.viewer()).required();
        return accounts.byUsername(username).filter(person -> access.maySpeakFor(actor, person))
                .orElseThrow(() -> new NotFoundException("No one by that username whose consent you keep."));
    }

    private GivenBy givenBy(Account actor, Account person, String typed) {
        if (actor.id().equals(person.id())) {
            return GivenBy.self();
        }
        if (access.isGuardianOf(actor, person.id())) {
            return new GivenBy(actor.id(), actor.displayName());
        }
        if (typed == null || typed.isBlank()) {
            throw InvalidInputException.of("givenBy", "Say who gave or refused the release, as on the signed form.");
        }
        return new GivenBy(null, typed);
    }

    private static ConsentKind kind(String code) {
        try {
            return ConsentKind.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "Unknown kind '" + code
                    + "': use photo, video, voice or name_public.");
        }
    }

    private JsonObject states(Account person) {
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        for (ConsentState state : ConsentState.all(registry.statesOf(person.id()), ConsentRegistry.today())) {
            JsonObjectBuilder kind = Json.createObjectBuilder()
                    .add("kind", state.code())
                    .add("inForce", state.inForce())
                    .add("summary", state.summary());
            if (state.inForce()) {
                kind.add("audience", state.latest().audience().code())
                        .add("expiresOn", state.latest().expiresOn().toString());
            }
            kinds.add(kind);
        }
        return Json.createObjectBuilder()
                .add("username", person.username())
                .add("name", person.displayName())
                .add("directoryOptOut", person.directoryOptOut())
                .add("kinds", kinds)
                .build();
    }
}
