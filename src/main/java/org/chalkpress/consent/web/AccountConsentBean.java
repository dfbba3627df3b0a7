package org.chalkpress.consent.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.consent.ConsentAccess;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentState;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.SiteDirectory;

/**
 * Consent on my account page (account/consent.xhtml): a parent grants and revokes media releases for their
 * own children; a member of staff gives or withdraws their own permission. The registry checks who may speak
 * for whom again on every change.
 */
@Named
@ViewScoped
public class AccountConsentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One person whose consent I keep (my child, or me), with each kind's state. */
    public record Person(Account account, List<ConsentState> states) { }

    @Inject
    CurrentViewer currentViewer;

    @Inject
    SiteDirectory directory;

    @Inject
    ConsentRegistry registry;

    @Inject
    ConsentAccess access;

    public Account getAccount() {
        return currentViewer.viewer().required();
    }

    /** My children (a parent) or myself (staff); students keep no consent of their own here. */
    public List<Person> getPeople() {
        Account me = getAccount();
        List<Account> people = me.role() == Role.PARENT ? directory.childrenOf(me.id())
                : me.role().isStaff() ? List.of(me) : List.of();
        return people.stream()
                .map(p -> new Person(p, ConsentState.all(registry.statesOf(p.id()), ConsentRegistry.today())))
                .toList();
    }

    public boolean isParent() {
        return getAccount().role() == Role.PARENT;
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public String reach(Audience widest) {
        return ConsentState.reach(widest);
    }

    public void grant(Long personId, ConsentKind kind) {
        change(personId, kind, true);
    }

    public void refuse(Long personId, ConsentKind kind) {
        change(personId, kind, false);
    }

    public void revoke(Long personId, ConsentKind kind) {
        try {
            Account person = registry.person(personId);
            registry.revoke(getAccount(), person, kind);
            FacesFeedback.info("Revoked: " + person.displayName() + "'s " + kind.label() + " are withdrawn from"
                    + " every page now, and the teachers who published them are told.");
        } catch (NotAllowedException | InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void setDirectoryOptOut(Long personId, boolean optOut) {
        try {
            Account person = registry.setDirectoryOptOut(getAccount(), registry.person(personId), optOut);
            FacesFeedback.info(optOut ? person.displayName() + " will not be named on any class page."
                    : person.displayName() + " may be named on class pages again.");
        } catch (NotAllowedException | InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    /**
     * The audience chosen in the row whose button was pressed. Each row is its own form with a plain select
     * named "audience", so the request carries exactly that row's choice.
     */
    private static Audience chosenAudience(ConsentKind kind) {
        if (kind == ConsentKind.NAME_PUBLIC) {
            return Audience.PUBLIC;
        }
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("audience");
        return Audience.fromCode(code == null ? "" : code);
    }

    private void change(Long personId, ConsentKind kind, boolean grant) {
        Account me = getAccount();
        try {
            Account person = registry.person(personId);
            GivenBy by = me.id().equals(person.id()) ? GivenBy.self() : new GivenBy(me.id(), me.displayName());
            ConsentStatement statement = grant
                    ? ConsentStatement.grant(kind, chosenAudience(kind), ConsentRegistry.today(), by, null)
                    : ConsentStatement.refuse(kind, ConsentRegistry.today(), by);
            registry.record(me, person, statement);
            FacesFeedback.info((grant ? "Given: " : "Refused: ") + kind.label() + " for " + person.displayName()
                    + ".");
        } catch (NotAllowedException | InvalidInputException | IllegalArgumentException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

}
