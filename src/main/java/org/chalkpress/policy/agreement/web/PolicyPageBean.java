package org.chalkpress.policy.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.agreement.PolicyAcknowledgement;
import org.chalkpress.policy.agreement.PolicyAgreements;
import org.chalkpress.policy.agreement.PolicyRevision;

/** The policy page (policy.xhtml): the current policy, its revisions, and "I have read and agree" for staff. */
@Named
@RequestScoped
public class PolicyPageBean {

    @Inject
    PolicyAgreements agreements;

    @Inject
    CurrentViewer currentViewer;

    private PolicyRevision current;
    private Optional<PolicyAcknowledgement> acknowledgement;

    public PolicyRevision getCurrent() {
        if (current == null) {
            current = agreements.current();
        }
        return current;
    }

    public String getText() {
        return getCurrent().text();
    }

    public List<PolicyRevision> getHistory() {
        return agreements.history();
    }

    public boolean isStaff() {
        Viewer viewer = currentViewer.viewer();
        return viewer.signedIn() && viewer.required().role().isStaff();
    }

    /** When the signed-in employee agreed to the current revision, if they have. */
    public Optional<PolicyAcknowledgement> getAcknowledgement() {
        if (acknowledgement == null) {
            Optional<Account> account = currentViewer.viewer().account();
            acknowledgement = account.isEmpty() ? Optional.empty()
                    : agreements.acknowledgement(account.get(), getCurrent());
        }
        return acknowledgement;
    }

    public boolean isMustAgree() {
        return isStaff() && getAcknowledgement().isEmpty();
    }

    public String getAgreedOn() {
        return getAcknowledgement().map(a -> a.acknowledgedAt().toLocalDate().toString()).orElse("");
    }

    public String agree() {
        agreements.agree(currentViewer.viewer());
        FacesFeedback.flash("Thank you. You agreed to revision " + getCurrent().label()
                + " of the social media policy and can publish.");
        return "/policy?faces-redirect=true";
    }
}
