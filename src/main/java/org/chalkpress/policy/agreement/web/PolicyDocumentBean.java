package org.chalkpress.policy.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.agreement.PolicyAgreements;
import org.chalkpress.policy.agreement.PolicyRevision;

/** Publishing a new revision of the policy text (admin/policy-document.xhtml), for district administrators. */
@Named
@ViewScoped
public class PolicyDocumentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyAgreements agreements;

    @Inject
    CurrentViewer currentViewer;

    private String label;
    private LocalDate releasedOn = LocalDate.now();
    private String description;
    private String text;

    public boolean isCanPublish() {
        return currentViewer.viewer().has(Role.DISTRICT_ADMIN);
    }

    /** Starts the form from the current text, so an administrator edits rather than retypes it. */
    public String getText() {
        if (text == null) {
            text = agreements.current().text();
        }
        return text;
    }

    public String publish() {
        try {
            PolicyRevision revision = agreements.publish(currentViewer.viewer(), label, releasedOn, description, text);
            FacesFeedback.flash("Revision " + revision.label() + " is now the district's policy. Every employee"
                    + " must agree to it before they publish again.");
            return "/policy?faces-redirect=true";
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
        return null;
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public void setReleasedOn(LocalDate releasedOn) { this.releasedOn = releasedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public void setText(String text) { this.text = text; }
}
