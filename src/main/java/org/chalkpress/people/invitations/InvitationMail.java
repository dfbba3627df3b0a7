package org.chalkpress.people.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.notify.MailDelivery;
import org.chalkpress.notify.MailSettings;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.EmailAddress;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.RecentAttempts;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * A teacher e-mails a student's family their invitation code instead of printing it: to the addresses the
 * teacher types (a second household), or, when none is typed, to the parents the roster already has for the
 * student. The mail names the class and the child, gives the code, how long it works and a link to
 * /family/join with the code filled in. Like a printed code, it replaces the student's earlier unused one.
 * A teacher may send a limited number an hour, so a stolen session cannot spray codes; each is audited.
 */
@ApplicationScoped
@Transactional
public class InvitationMail {

    static final int MAILS_PER_HOUR = 30;
    static final int ADDRESSES_AT_ONCE = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** What to send, once the code is stored; {@code code} lets the teacher print it if the mail fails. */
    public record Letter(List<String> to, FamilyInvitations.PrintedCode code, String subject, String text) { }

    @Inject
    FamilyInvitations invitations;

    @Inject
    SiteDirectory directory;

    @Inject
    MailSettings mail;

    @Inject
    MailDelivery delivery;

    @Inject
    ChalkpressConfig config;

    @Inject
    AuditLog audit;

    private final RecentAttempts sent = new RecentAttempts(Duration.ofHours(1));

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean available() {
        return mail.configured();
    }

    /** Where a code goes when the teacher types no address: the student's parents on record with an address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> rosterAddresses(long studentId) {
        return directory.guardiansOf(studentId).stream().map(Account::email)
                .filter(a -> a != null && !a.isBlank()).distinct().toList();
    }

    /**
     * A new code for the student and the letter carrying it. Refused, with nothing changed, when an address
     * is wrong, when there is nobody to send to, or when the teacher has sent too many this hour.
     */
    public Letter prepare(Viewer viewer, String siteSlug, long studentId, String typedAddresses) {
        ClassSite site = invitations.teachersSite(viewer, siteSlug);
        Account teacher = viewer.required();
        if (!mail.configured()) {
            throw InvalidInputException.of("address", "E-mail is not set up on this platform; print the code instead.");
        }
        if (directory.studentsOf(site.id()).stream().noneMatch(s -> s.id() == studentId)) {
            throw new NotFoundException("That student is not on this class's roster.");
        }
        List<String> to = addresses(typedAddresses, studentId);
        var now = Clock.now();
        if (sent.count("teacher:" + teacher.id(), now.toInstant()) >= MAILS_PER_HOUR) {
            throw InvalidInputException.of("address", "You have e-mailed " + MAILS_PER_HOUR + " codes in the last"
                    + " hour. Please wait a while, or print the codes instead.");
        }
        FamilyInvitations.PrintedCode code = invitations.issueForStudent(viewer, siteSlug, studentId);
        sent.add("teacher:" + teacher.id(), now.toInstant());
        audit.record(teacher, null, AuditAction.FAMILY_CODE_EMAILED, site.id(), "invitation code for student "
                + studentId + " e-mailed to " + String.join(", ", to));
        return new Letter(to, code, "Your invitation to " + site.title() + " (" + code.studentName() + ")",
                text(teacher, site, code));
    }

    /** Hands the letter to the mail server; called after {@link #prepare} has stored the code. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void send(Letter letter) throws MessagingException {
        delivery.sendPersonal(String.join(", ", letter.to()), letter.subject(), letter.text());
    }

    private List<String> addresses(String typed, long studentId) {
        String[] parts = typed == null ? new String[0] : typed.strip().split("[\\s,;]+");
        Set<String> out = new LinkedHashSet<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(new EmailAddress(part).value());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("address", "'" + part + "': " + e.getMessage());
            }
        }
        if (out.size() > ADDRESSES_AT_ONCE) {
            throw InvalidInputException.of("address", "One code is for one family: type at most "
                    + ADDRESSES_AT_ONCE + " addresses, or send another family its own code.");
        }
        if (out.isEmpty()) {
            out.addAll(rosterAddresses(studentId));
        }
        if (out.isEmpty()) {
            throw InvalidInputException.of("address", "The roster has no e-mail address for this student's"
                    + " parents: type the address of a parent or guardian.");
        }
        return new ArrayList<>(out);
    }

    private String text(Account teacher, ClassSite site, FamilyInvitations.PrintedCode code) {
        String join = config.baseUrl() + "/family/join?code=" + code.code();
        return "Hello,\n\n"
                + teacher.displayName() + " invites the family of " + code.studentName() + " to read the pages of the"
                + " class " + site.title() + " at " + config.districtName() + ".\n\n"
                + "Your invitation code: " + code.code() + "\n"
                + "It works once, until " + DATE.format(code.expiresAt()) + ".\n\n"
                + "To create your family account with it, open:\n" + join + "\n\n"
                + "Already have an account here? Sign in and type the code at " + config.baseUrl()
                + "/account/family-code\n\n"
                + "The code links one account to " + code.studentName() + "; please do not pass it on. If you are"
                + " not in " + code.studentName() + "'s family, you can ignore this e-mail.\n";
    }
}
