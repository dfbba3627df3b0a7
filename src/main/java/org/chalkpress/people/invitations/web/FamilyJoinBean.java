package org.chalkpress.people.invitations.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.people.invitations.FamilyInvitations;
import org.chalkpress.people.invitations.NewFamilyAccount;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;

/**
 * A parent without an account creates one with the invitation code from their child's teacher (family/join).
 * A parent who is signed in already links the code to that account instead: a second account would split what
 * the family sees (and hears from the class) between two sign-ins.
 */
@Named
@ViewScoped
public class FamilyJoinBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyInvitations invitations;

    @Inject
    CurrentViewer currentViewer;

    private String code;
    private String username;
    private String givenName;
    private String familyName;
    private String email;
    private String password;
    private String joinedChild;

    /** The e-mailed link opened while signed in as a parent goes to "Link to my child", the code filled in. */
    public void sendSignedInParentToLinkPage() throws IOException {
        if (currentViewer.viewer().has(Role.PARENT)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/account/family-code"
                    + (code == null || code.isBlank() ? "" : "?code=" + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8)));
        }
    }

    public void join() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            Viewer viewer = currentViewer.viewer();
            joinedChild = (viewer.has(Role.PARENT)
                    ? invitations.redeem(viewer, code, request.getRemoteAddr())
                    : invitations.joinWithCode(code, new NewFamilyAccount(username, givenName, familyName, email,
                            password), request.getRemoteAddr())).student().displayName();
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } finally {
            password = null;
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getJoinedChild() { return joinedChild; }
}
