package org.chalkpress.policy.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;

/**
 * Clause AGREEMENT: employees agree to the current policy before their first publish, and again after the
 * district publishes a new revision. Students and parents are never asked.
 */
@ApplicationScoped
@Transactional
public class PolicyAgreements {

    static final int MAX_TEXT = 200_000;

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    AuditLog audit;

    /** The revision in force: the newest one. */
    public PolicyRevision current() {
        return em.createQuery("select r from PolicyRevision r order by r.id desc", PolicyRevision.class)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The policy has no revision; migration V6 seeds one."));
    }

    /** Every revision, newest first. */
    public List<PolicyRevision> history() {
        return em.createQuery("select r from PolicyRevision r order by r.id desc", PolicyRevision.class)
                .getResultList();
    }

    /** Whether this person may publish as far as clause AGREEMENT goes: staff must have agreed to the current revision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAgreedToCurrent(Account account) {
        if (!account.role().isStaff()) {
            return true;
        }
        return em.createQuery("select count(k) from PolicyAcknowledgement k where k.accountId = :who"
                        + " and k.revisionId = (select max(r.id) from PolicyRevision r)", Long.class)
                .setParameter("who", account.id())
                .getSingleResult() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyAcknowledgement> acknowledgement(Account account, PolicyRevision revision) {
        return em.createQuery("select k from PolicyAcknowledgement k where k.accountId = :who and k.revisionId = :rev",
                        PolicyAcknowledgement.class)
                .setParameter("who", account.id())
                .setParameter("rev", revision.id())
                .getResultStream().findFirst();
    }

    /** "I have read and agree" to the current revision; agreeing twice changes nothing. */
    public PolicyAcknowledgement agree(Viewer viewer) {
        Account account = viewer.required();
        if (!account.role().isStaff()) {
            throw new NotAllowedException("The social media policy is agreed to by district employees.");
        }
        PolicyRevision revision = current();
        Optional<PolicyAcknowledgement> existing = acknowledgement(account, revision);
        if (existing.isPresent()) {
            return existing.get();
        }
        PolicyAcknowledgement acknowledgement = new PolicyAcknowledgement(account.id(), revision.id());
        em.persist(acknowledgement);
        audit.record(account, null, AuditAction.POLICY_ACKNOWLEDGED, null, "Policy revision " + revision.label());
        return acknowledgement;
    }

    /** A district administrator publishes a new revision; every employee must agree to it again. */
    public PolicyRevision publish(Viewer viewer, String label, LocalDate releasedOn, String description, String text) {
        if (!viewer.has(Role.DISTRICT_ADMIN)) {
            throw new NotAllowedException("Only a district administrator can publish a new revision of the policy.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 20) {
            errors.put("label", "Give the revision a short label, as in the revision history (for example R1).");
        } else if (em.createQuery("select count(r) from PolicyRevision r where r.label = :label", Long.class)
                .setParameter("label", cleanLabel).getSingleResult() > 0) {
            errors.put("label", "There is already a revision " + cleanLabel + "; choose another label.");
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.isEmpty() || cleanDescription.length() > 400) {
            errors.put("description", "Say in a sentence (up to 400 characters) what this revision changes.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            errors.put("text", "Paste the full text of the policy (up to " + MAX_TEXT + " characters).");
        }
        if (releasedOn == null) {
            errors.put("releasedOn", "Give the date the district released this revision.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PolicyRevision revision = new PolicyRevision(cleanLabel, releasedOn, cleanDescription, body,
                viewer.required().username());
        em.persist(revision);
        em.flush();
        audit.record(viewer.required(), null, AuditAction.POLICY_REVISION_PUBLISHED, null,
                "Policy revision " + cleanLabel + ": " + cleanDescription);
        return revision;
    }

    /**
     * For the demo district only: its employees have agreed to the current revision, so the demo's sample
     * posts publish. Call it from the demo seeding after the staff accounts exist and before anything is
     * published.
     */
    public void acknowledgeForDemo(List<Account> staff) {
        PolicyRevision revision = current();
        for (Account account : staff) {
            if (account.role().isStaff() && acknowledgement(account, revision).isEmpty()) {
                em.persist(new PolicyAcknowledgement(account.id(), revision.id()));
            }
        }
        em.flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long acknowledgementCount() {
        return em.createQuery("select count(k) from PolicyAcknowledgement k", Long.class).getSingleResult();
    }
}
