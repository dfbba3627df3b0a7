package org.chalkpress.people.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.PasswordHasher;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.Guardianship;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * Linking families to students with one-time codes: the class's teacher prints (or e-mails, see
 * {@link InvitationMail}) a code for each student;
 * a parent types it on their account page and from then on reads that child's classes' class pages
 * (see {@link SiteAccess}). Codes expire, work once, and are stored hashed; wrong guesses are limited.
 */
@ApplicationScoped
@Transactional
public class FamilyInvitations {

    static final Duration VALID_FOR = Duration.ofDays(30);

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    RedeemThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    /** One printable line: the student, their new code, and until when it works. */
    public record PrintedCode(String studentName, String code, OffsetDateTime expiresAt) { }

    /** What a redeemed code linked. */
    public record Linked(Account student, List<ClassSite> classes) { }

    /** New codes for every student of the class; earlier unused codes for them stop working. */
    public List<PrintedCode> issueForClass(Viewer viewer, String siteSlug) {
        ClassSite site = teachersSite(viewer, siteSlug);
        OffsetDateTime now = Clock.now();
        List<PrintedCode> printed = new ArrayList<>();
        for (Account student : directory.studentsOf(site.id())) {
            printed.add(issue(viewer.required(), site, student, now));
        }
        return printed;
    }

    /** A new code for one student of the class (a lost paper, a second household). */
    public PrintedCode issueForStudent(Viewer viewer, String siteSlug, long studentId) {
        ClassSite site = teachersSite(viewer, siteSlug);
        Account student = directory.studentsOf(site.id()).stream().filter(s -> s.id() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("That student is not on this class's roster."));
        return issue(viewer.required(), site, student, Clock.now());
    }

    public PrintedCode issue(Account teacher, ClassSite site, Account student, OffsetDateTime now) {
        em.createQuery("select i from FamilyInvitation i where i.studentId = :student and i.redeemedAt is null"
                        + " and i.withdrawnAt is null", FamilyInvitation.class)
                .setParameter("student", student.id())
                .getResultList()
                .forEach(i -> i.withdraw(now));
        InvitationCode code = InvitationCode.fresh();
        FamilyInvitation invitation = new FamilyInvitation(code, student.id(), site.id(), teacher.id(), now,
                now.plus(VALID_FOR));
        em.persist(invitation);
        return new PrintedCode(student.displayName(), code.printed(), invitation.expiresAt());
    }

    public Linked redeem(Viewer viewer, String typedCode, String address) {
        return redeem(viewer, typedCode, address, Clock.now());
    }

    /** Links the signed-in parent to the code's student. {@code now} is when the code is typed. */
    public Linked redeem(Viewer viewer, String typedCode, String address, OffsetDateTime now) {
        Account parent = viewer.required();
        if (parent.role() != Role.PARENT) {
            throw new NotAllowedException("Invitation codes are for parents' and guardians' accounts.");
        }
        return link(parent, usable(typedCode, parent.id(), address, now), now);
    }

    /**
     * For a parent without an account (or whose account the roster import made without a password): the code
     * proves they belong to the student, so it may create their parent account, signed in with what they chose.
     */
    public Linked joinWithCode(String typedCode, NewFamilyAccount form, String address) {
        OffsetDateTime now = Clock.now();
        FamilyInvitation invitation = usable(typedCode, null, address, now);
        NewFamilyAccount.Validated input = form.validate();
        if (accounts.byUsername(input.username()).isPresent()) {
            throw InvalidInputException.of("username", "The username '" + input.username()
                    + "' is taken; choose another.");
        }
        Account parent = new Account(input.username(), input.givenName(), input.familyName(), Role.PARENT)
                .withEmail(input.email());
        parent.setPasswordHash(hasher.hash(input.password()));
        em.persist(parent);
        em.flush();
        return link(parent, invitation, now);
    }

    private FamilyInvitation usable(String typedCode, Long accountId, String address, OffsetDateTime now) {
        if (!throttle.mayTry(accountId, address, now.toInstant())) {
            throw InvalidInputException.of("code", "Too many wrong codes in the last hour. Please wait an hour,"
                    + " or ask your child's teacher for a new paper.");
        }
        InvitationCode code;
        try {
            code = InvitationCode.typed(typedCode);
        } catch (IllegalArgumentException e) {
            throttle.wrongCode(accountId, address, now.toInstant());
            throw InvalidInputException.of("code", e.getMessage());
        }
        FamilyInvitation invitation = em.createQuery("select i from FamilyInvitation i where i.codeHash = :hash",
                        FamilyInvitation.class)
                .setParameter("hash", code.hash())
                .getResultStream().findFirst().orElse(null);
        if (invitation == null || !invitation.usableAt(now)) {
            throttle.wrongCode(accountId, address, now.toInstant());
            throw InvalidInputException.of("code", invitation == null
                    ? "That code is not valid. Check it against the paper from your child's teacher."
                    : "That code has already been used, was replaced by a newer one, or has expired."
                    + " Ask your child's teacher for a new one.");
        }
        return invitation;
    }

    private Linked link(Account parent, FamilyInvitation invitation, OffsetDateTime now) {
        invitation.redeem(parent.id(), now);
        Account student = em.find(Account.class, invitation.studentId());
        if (em.createQuery("select count(g) from Guardianship g where g.parentId = :parent"
                + " and g.studentId = :student", Long.class).setParameter("parent", parent.id())
                .setParameter("student", student.id()).getSingleResult() == 0) {
            em.persist(new Guardianship(parent.id(), student.id()));
        }
        audit.record(parent, null, AuditAction.FAMILY_LINKED, invitation.siteId(),
                "invitation " + invitation.id() + " linked to student " + student.id());
        return new Linked(student, directory.sitesOf(student));
    }

    /** The students of a class and whether a family has linked to each (for the teacher's screen). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> roster(Viewer viewer, String siteSlug) {
        return directory.studentsOf(teachersSite(viewer, siteSlug).id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long familiesLinked(long studentId) {
        return em.createQuery("select count(g) from Guardianship g where g.studentId = :student", Long.class)
                .setParameter("student", studentId).getSingleResult();
    }

    /** The class site, when this viewer teaches it; otherwise answered as if there were none. */
    ClassSite teachersSite(Viewer viewer, String siteSlug) {
        ClassSite site = directory.site(siteSlug == null ? "" : siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No class site called '" + siteSlug + "'.");
        }
        return site;
    }
}
