package org.chalkpress.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.ApplicationPassword;
import org.chalkpress.people.ApplicationPasswords;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/** My account (account/home.xhtml): my classes or children, and application passwords for API clients. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    SiteDirectory directory;

    @Inject
    ApplicationPasswords applicationPasswords;

    private String newLabel;
    private String issuedPassword;

    public Account getAccount() {
        return currentViewer.viewer().required();
    }

    public List<ClassSite> getSites() {
        return directory.sitesOf(getAccount());
    }

    public List<Account> getChildren() {
        return directory.childrenOf(getAccount().id());
    }

    public List<ApplicationPassword> getApplicationPasswords() {
        return applicationPasswords.of(getAccount());
    }

    public void createApplicationPassword() {
        try {
            issuedPassword = applicationPasswords.issue(getAccount(), newLabel).clearText();
            newLabel = null;
        } catch (IllegalArgumentException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void revoke(Long id) {
        applicationPasswords.revoke(getAccount(), id);
        FacesFeedback.info("Revoked. Applications using that password can no longer sign in.");
    }

    public String getNewLabel() { return newLabel; }
    public void setNewLabel(String newLabel) { this.newLabel = newLabel; }
    public String getIssuedPassword() { return issuedPassword; }
}
