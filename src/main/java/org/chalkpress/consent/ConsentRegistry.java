package org.chalkpress.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Role;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;

/**
 * The consent registry (clause PHOTO-CONSENT): every guardian's media release and every staff member's own
 * permission, per kind of media. It answers the publish gate's question ({@link ConsentCheck}), records
 * grants and refusals, and on a revocation or an expiry tells every feature that shows the person
 * ({@link ConsentWithdrawn}, inside the same transaction) and writes the audit log.
 *
 * <p>History: each statement is a new row, never edited (the latest per kind is in force); a revocation or an
 * expiry stamps the row in force. The rows answer "what did the family say, and when"; the audit log holds
 * the same changes in the district-wide record.
 */
@ApplicationScoped
@Transactional
public class ConsentRegistry implements ConsentCheck {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    ConsentSettings settings;

    @Inject
    ConsentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    @Inject
    Event<ConsentChanged> changed;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentDecision decide(long accountId, ConsentKind kind, Audience audience) {
        Account person = em.find(Account.class, accountId);
        if (person == null) {
            return ConsentDecision.refused("No one with account number " + accountId + " is on record, so there"
                    + " is no consent for " + kind.label());
        }
        return ConsentRules.decide(ConsentPerson.of(person), kind, audience, latest(accountId, kind).orElse(null),
                today());
    }

    /** The statement in force for one person and kind (possibly revoked, expired or a refusal). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentRecord> latest(long accountId, ConsentKind kind) {
        return em.createQuery("select r from ConsentRecord r where r.accountId = :person and r.kind = :kind"
                        + " order by r.id desc", ConsentRecord.class)
                .setParameter("person", accountId)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The statement in force for each kind; kinds with none are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ConsentKind, ConsentRecord> statesOf(long accountId) {
        Map<ConsentKind, ConsentRecord> states = new EnumMap<>(ConsentKind.class);
        for (ConsentRecord record : history(accountId)) {
            states.putIfAbsent(record.kind(), record);
        }
        return states;
    }

    /** Every statement about a person, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecord> history(long accountId) {
        return em.createQuery("select r from ConsentRecord r where r.accountId = :person order by r.id desc",
                        ConsentRecord.class)
                .setParameter("person", accountId)
                .getResultList();
    }

    /** Of these students, the ones whose names may appear on public pages today (a NAME_PUBLIC grant in force). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> namedInPublic(Collection<Long> accountIds) {
        Set<Long> allowed = new HashSet<>();
        if (accountIds.isEmpty()) {
            return allowed;
        }
        LocalDate today = today();
        List<ConsentRecord> records = em.createQuery("select r from ConsentRecord r where r.kind = :kind"
                        + " and r.accountId in :people order by r.id desc", ConsentRecord.class)
                .setParameter("kind", ConsentKind.NAME_PUBLIC)
                .setParameter("people", accountIds)
                .getResultList();
        Set<Long> seen = new HashSet<>();
        for (ConsentRecord record : records) {
            if (seen.add(record.accountId()) && record.inForce(today) && record.covers(Audience.PUBLIC)) {
                allowed.add(record.accountId());
            }
        }
        return allowed;
    }

    /**
     * Records a grant or refusal by {@code actor} (who must be allowed to speak for {@code person}). Saying again
     * exactly what is in force changes nothing. A statement that narrows what was in force withdraws the media
     * it no longer covers.
     *
     * @return the record in force afterwards
     */
    public ConsentRecord record(Account actor, Account person, ConsentStatement statement) {
        access.requireMaySpeakFor(actor, person);
        return record(actor, person, statement, access.sourceOf(actor, person));
    }

    ConsentRecord record(Account actor, Account person, ConsentStatement statement, ConsentSource source) {
        SchoolYear year = settings.schoolYear();
        ConsentRecord before = latest(person.id(), statement.kind()).orElse(null);
        if (statement.alreadySaidBy(before, year)) {
            return before;
        }
        ConsentRecord record;
        try {
            record = statement.toRecord(person.id(), year, source, actor == null ? null : actor.id());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("expiresOn", e.getMessage());
        }
        LocalDate today = today();
        if (record.hasExpiredBy(today)) {
            record.markExpiryHandled(); // a late-entered old form was never in force: nothing to withdraw later
        }
        em.persist(record);
        audit.record(actor, "system", record.isGrant() ? AuditAction.CONSENT_GIVEN : AuditAction.CONSENT_REFUSED,
                null, describe(person, record));
        changed.fire(new ConsentChanged(person.id(), statement.kind()));
        if (before != null && before.inForce(today)
                && !(record.inForce(today) && record.covers(before.audience()))) {
            withdrawn.fire(new ConsentWithdrawn(person.id(), statement.kind(),
                    ConsentRules.decide(ConsentPerson.of(person), statement.kind(), before.audience(), record, today)
                            .explanation()));
        }
        return record;
    }

    /**
     * Revokes the grant in force for one person and kind: everything showing them in that kind of media is
     * withdrawn at once (the observers of {@link ConsentWithdrawn} do it, in this transaction).
     */
    public ConsentRecord revoke(Account actor, Account person, ConsentKind kind) {
        access.requireMaySpeakFor(actor, person);
        ConsentRecord current = latest(person.id(), kind)
                .filter(r -> r.inForce(today()))
                .orElseThrow(() -> InvalidInputException.of("kind", ConsentPerson.of(person).name()
                        + " has no " + kind.label() + " consent in force, so there is nothing to revoke."));
        current.revoke(actor.id(), actor.displayName());
        audit.record(actor, actor.username(), AuditAction.CONSENT_REVOKED, null,
                "Revoked: " + describe(person, current));
        changed.fire(new ConsentChanged(person.id(), kind));
        withdrawn.fire(new ConsentWithdrawn(person.id(), kind, ConsentRules.decide(ConsentPerson.of(person), kind,
                current.audience(), current, today()).explanation()));
        return current;
    }

    /**
     * Ends every grant whose last day is before {@code today}, once each: withdraws the media and writes the
     * audit log. The daily schedule calls it; so can tests, with any date.
     *
     * @return how many grants expired
     */
    public int expireDue(LocalDate today) {
        List<ConsentRecord> due = em.createQuery("select r from ConsentRecord r where r.answer = :granted"
                        + " and r.revokedAt is null and r.expiryHandledAt is null and r.expiresOn < :today"
                        + " and r.id = (select max(o.id) from ConsentRecord o"
                        + " where o.accountId = r.accountId and o.kind = r.kind)", ConsentRecord.class)
                .setParameter("granted", ConsentAnswer.GRANTED)
                .setParameter("today", today)
                .getResultList();
        for (ConsentRecord record : due) {
            record.markExpiryHandled();
            Account person = em.find(Account.class, record.accountId());
            ConsentPerson who = ConsentPerson.of(person);
            audit.record(null, "system", AuditAction.CONSENT_EXPIRED, null, "Expired: " + describe(person, record));
            changed.fire(new ConsentChanged(person.id(), record.kind()));
            withdrawn.fire(new ConsentWithdrawn(person.id(), record.kind(),
                    ConsentRules.decide(who, record.kind(), record.audience(), record, today).explanation()));
        }
        return due.size();
    }

    /**
     * Sets a student's directory-information opt-out (the same field the roster import sets and the
     * STUDENT-PRIVACY rule reads): an opted-out student is not named on any page at all. Keepers and the
     * student's own parents may change it.
     */
    public Account setDirectoryOptOut(Account actor, Account student, boolean optOut) {
        access.requireMaySpeakFor(actor, student);
        Account managed = em.find(Account.class, student.id());
        if (managed.role() != Role.STUDENT) {
            throw InvalidInputException.of("directoryOptOut", "Only students have a directory-information opt-out.");
        }
        if (managed.directoryOptOut() != optOut) {
            managed.withDirectoryOptOut(optOut);
            audit.record(actor, actor.username(), optOut ? AuditAction.CONSENT_REFUSED : AuditAction.CONSENT_GIVEN,
                    null, managed.displayName() + " (" + managed.username() + "), directory information: "
                            + (optOut ? "opted out (not named on any page)" : "opt-out withdrawn"));
            changed.fire(new ConsentChanged(managed.id(), null));
        }
        return managed;
    }

    /** Students and staff whose name or username contains {@code query}, for the keepers' search. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> peopleMatching(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.length() < 2) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.role <> :parent and (lower(a.displayName) like :q"
                        + " or a.username like :q) order by a.familyName, a.givenName", Account.class)
                .setParameter("parent", Role.PARENT)
                .setParameter("q", "%" + q.replace("%", "").replace("_", "") + "%")
                .setMaxResults(50)
                .getResultList();
    }

    /** The account a registry screen or import names, or a 404 for an unknown one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account person(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .orElseThrow(() -> new NotFoundException("No such person."));
    }

    public SchoolYear schoolYear() {
        return settings.schoolYear();
    }

    /** Today, as consent dates count it. */
    public static LocalDate today() {
        return Clock.now().toLocalDate();
    }

    static String describe(Account person, ConsentRecord record) {
        String what = person.displayName() + " (" + person.username() + "), " + record.kind().label() + ": ";
        if (!record.isGrant()) {
            return what + "refused by " + record.givenByName() + " on " + record.givenOn();
        }
        return what + "granted for " + ConsentRules.place(record.audience()) + " by " + record.givenByName()
                + " on " + record.givenOn() + ", until " + record.expiresOn();
    }
}
