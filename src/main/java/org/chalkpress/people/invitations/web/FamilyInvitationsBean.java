package org.chalkpress.people.invitations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.invitations.FamilyInvitations;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;

/** Family invitation codes for a class (teach/family-invitations.xhtml?site=…): made here, printed once. */
@Named
@ViewScoped
public class FamilyInvitationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyInvitations invitations;

    @Inject
    CurrentViewer currentViewer;

    private String site;
    private List<FamilyInvitations.PrintedCode> printed = List.of();

    public void load() throws IOException {
        try {
            invitations.roster(currentViewer.viewer(), site);
        } catch (NotFoundException e) {
            FacesFeedback.notFound();
        }
    }

    public void issueForClass() {
        printed = invitations.issueForClass(currentViewer.viewer(), site);
        FacesFeedback.info("New codes for " + printed.size() + " students. Print this page now: the codes are"
                + " not shown again, and earlier unused codes no longer work.");
    }

    public void issueFor(long studentId) {
        printed = List.of(invitations.issueForStudent(currentViewer.viewer(), site, studentId));
        FacesFeedback.info("A new code for " + printed.get(0).studentName() + ". Print it now.");
    }

    public List<Account> getStudents() {
        return invitations.roster(currentViewer.viewer(), site);
    }

    public long familiesOf(long studentId) {
        return invitations.familiesLinked(studentId);
    }

    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public List<FamilyInvitations.PrintedCode> getPrinted() { return printed; }
}
