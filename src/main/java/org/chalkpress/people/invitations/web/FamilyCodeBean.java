package org.chalkpress.people.invitations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.invitations.FamilyInvitations;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;

/** A parent types the invitation code from their child's teacher (account/family-code.xhtml). */
@Named
@ViewScoped
public class FamilyCodeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyInvitations invitations;

    @Inject
    CurrentViewer currentViewer;

    private String code;

    public void redeem() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            FamilyInvitations.Linked linked = invitations.redeem(currentViewer.viewer(), code,
                    request.getRemoteAddr());
            code = null;
            FacesFeedback.info("Your account is now linked to " + linked.student().displayName() + ". You can read "
                    + linked.classes().stream().map(ClassSite::title).collect(Collectors.joining(", ")) + ".");
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
