package org.chalkpress.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chalkpress.consent.ConsentAccess;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentRules;
import org.chalkpress.consent.ConsentState;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Audience;

/**
 * The consent registry for district and communications staff (admin/consent.xhtml): find a student or a
 * member of staff, see each kind's state and the history, and record a signed form (grant or refusal), a
 * revocation, or the directory-information opt-out.
 */
@Named
@ViewScoped
public class ConsentAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    ConsentRegistry registry;

    @Inject
    ConsentAccess access;

    @Inject
    Accounts accounts;

    private String query;
    private Long personId;
    private String kind = ConsentKind.PHOTO.name();
    private String audience = Audience.CLASS.code();
    private String givenBy;
    private String givenOn;
    private String expiresOn;

    /** Only keepers of the registry see this screen; anyone else gets the usual "not found". */
    public void load() throws IOException {
        Account me = currentViewer.viewer().account().orElse(null);
        if (!access.keepsRegistry(me)) {
            FacesFeedback.notFound();
            return;
        }
        if (personId != null && !accounts.byId(personId).filter(p -> access.maySpeakFor(me, p)).isPresent()) {
            FacesFeedback.notFound();
        }
    }

    public List<Account> getMatches() {
        return personId == null ? registry.peopleMatching(query) : List.of();
    }

    public Account getPerson() {
        return personId == null ? null : registry.person(personId);
    }

    public boolean isStudent() {
        Account person = getPerson();
        return person != null && person.role() == Role.STUDENT;
    }

    public List<ConsentState> getStates() {
        return ConsentState.all(registry.statesOf(personId), ConsentRegistry.today());
    }

    public List<ConsentRecord> getHistory() {
        return registry.history(personId);
    }

    public List<Account> getGuardians() {
        return access.guardiansOf(personId);
    }

    public List<ConsentKind> getKinds() {
        return List.of(ConsentKind.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public String reach(Audience widest) {
        return widest == null ? "" : ConsentState.reach(widest);
    }

    public String defaultExpiry() {
        return ConsentRules.day(registry.schoolYear().endOfYearContaining(ConsentRegistry.today()));
    }

    public void grant() {
        record(true);
    }

    public void refuse() {
        record(false);
    }

    public void revoke(ConsentKind which) {
        try {
            registry.revoke(me(), getPerson(), which);
            FacesFeedback.info("Revoked. Everything showing " + getPerson().displayName() + " in "
                    + which.label() + " has been withdrawn, and the authors are told.");
        } catch (NotAllowedException | InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void toggleDirectoryOptOut() {
        try {
            Account person = registry.setDirectoryOptOut(me(), getPerson(), !getPerson().directoryOptOut());
            FacesFeedback.info(person.directoryOptOut() ? person.displayName() + " is not named on any page."
                    : person.displayName() + " may be named again.");
        } catch (NotAllowedException | InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    private void record(boolean grant) {
        Account person = getPerson();
        try {
            ConsentKind which = ConsentKind.valueOf(kind);
            LocalDate on = date("givenOn", givenOn, ConsentRegistry.today());
            LocalDate until = date("expiresOn", expiresOn, null);
            boolean self = person.id().equals(me().id());
            if (!self && (givenBy == null || givenBy.isBlank())) {
                throw InvalidInputException.of("givenBy", "Write who signed the form, e.g. 'Ana Rivera (mother)'.");
            }
            GivenBy by = self ? GivenBy.self() : new GivenBy(null, givenBy);
            registry.record(me(), person, grant
                    ? ConsentStatement.grant(which, Audience.fromCode(audience), on, by, until)
                    : ConsentStatement.refuse(which, on, by));
            FacesFeedback.info((grant ? "Recorded: " : "Recorded refusal: ") + which.label() + " for "
                    + person.displayName() + ".");
            givenBy = null;
            expiresOn = null;
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (NotAllowedException | IllegalArgumentException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Write the date as 2026-09-02 (year-month-day).");
        }
    }

    private Account me() {
        return currentViewer.viewer().required();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
    public String getGivenOn() { return givenOn; }
    public void setGivenOn(String givenOn) { this.givenOn = givenOn; }
    public String getExpiresOn() { return expiresOn; }
    public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
}
