package org.chalkpress.people.invitations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.invitations.FamilyInvitations;
import org.chalkpress.people.invitations.InvitationMail;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;

/**
 * Family invitation codes for a class (teach/family-invitations.xhtml?site=…): made here, printed once, or
 * e-mailed to a student's family.
 */
@Named
@ViewScoped
public class FamilyInvitationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FamilyInvitationsBean.class.getName());

    @Inject
    FamilyInvitations invitations;

    @Inject
    InvitationMail mail;

    @Inject
    CurrentViewer currentViewer;

    private String site;
    private List<FamilyInvitations.PrintedCode> printed = List.of();
    private final Map<Long, String> addresses = new HashMap<>();

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

    public void emailFor(long studentId) {
        InvitationMail.Letter letter;
        try {
            letter = mail.prepare(currentViewer.viewer(), site, studentId, addresses.get(studentId));
        } catch (InvalidInputException e) {
            FacesFeedback.error(String.join(" ", e.fieldErrors().values()));
            return;
        }
        printed = List.of();
        addresses.remove(studentId);
        try {
            mail.send(letter);
            FacesFeedback.info("A new code for " + letter.code().studentName() + " was e-mailed to "
                    + String.join(", ", letter.to()) + ". Their earlier unused code no longer works.");
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "An invitation code could not be e-mailed", e);
            printed = List.of(letter.code());
            FacesFeedback.error("The mail server did not take the e-mail to " + String.join(", ", letter.to())
                    + ". Print this new code for " + letter.code().studentName() + " instead.");
        }
    }

    public List<Account> getStudents() {
        return invitations.roster(currentViewer.viewer(), site);
    }

    public long familiesOf(long studentId) {
        return invitations.familiesLinked(studentId);
    }

    /** What an empty address field means: the roster's addresses for the student's parents, if it has any. */
    public String addressHint(long studentId) {
        List<String> onRoster = mail.rosterAddresses(studentId);
        return onRoster.isEmpty() ? "a parent's e-mail address" : String.join(", ", onRoster);
    }

    public boolean isMailAvailable() {
        return mail.available();
    }

    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public List<FamilyInvitations.PrintedCode> getPrinted() { return printed; }
    public Map<Long, String> getAddresses() { return addresses; }
}
