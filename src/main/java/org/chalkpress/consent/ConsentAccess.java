package org.chalkpress.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.sites.SiteDirectory;

/**
 * Who may speak for whose consent, asked on the server for every change: district and communications staff
 * for anyone (copying paper forms), a parent for their own children only, a staff member for themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsentAccess {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    /** District administrators and communications staff keep the registry. */
    public boolean keepsRegistry(Account actor) {
        return actor != null && actor.enabled() && actor.role().isCommunications();
    }

    public void requireRegistryKeeper(Account actor) {
        if (!keepsRegistry(actor)) {
            throw new NotAllowedException("Only district administrators and communications staff keep the"
                    + " consent registry.");
        }
    }

    public boolean isGuardianOf(Account parent, long studentId) {
        return parent != null && parent.role() == Role.PARENT && em.createQuery(
                        "select count(g) from Guardianship g where g.parentId = :parent and g.studentId = :student",
                        Long.class)
                .setParameter("parent", parent.id())
                .setParameter("student", studentId)
                .getSingleResult() > 0;
    }

    /** The parents on record for a student (from the roster's guardianships). */
    public List<Account> guardiansOf(long studentId) {
        return directory.guardiansOf(studentId);
    }

    /** Whether {@code actor} may give, refuse or revoke consent for {@code person}. */
    public boolean maySpeakFor(Account actor, Account person) {
        if (actor == null || person == null || !actor.enabled()) {
            return false;
        }
        if (keepsRegistry(actor)) {
            return person.role() == Role.STUDENT || person.role().isStaff();
        }
        if (actor.role() == Role.PARENT) {
            return person.role() == Role.STUDENT && isGuardianOf(actor, person.id());
        }
        return actor.role().isStaff() && actor.id().equals(person.id());
    }

    public void requireMaySpeakFor(Account actor, Account person) {
        if (!maySpeakFor(actor, person)) {
            throw new NotAllowedException("You cannot change consent for this person.");
        }
    }

    /** How a change by {@code actor} about {@code person} is filed in the history. */
    public ConsentSource sourceOf(Account actor, Account person) {
        if (actor.id().equals(person.id())) {
            return ConsentSource.SELF;
        }
        return actor.role() == Role.PARENT ? ConsentSource.PARENT : ConsentSource.ADMIN;
    }
}
