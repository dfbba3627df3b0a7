package org.chalkpress.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chalkpress.people.Account;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.FindingsJson;

/** Appends to the audit log. There is deliberately no update or delete here. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** A gate decision or its consequence, with the findings that led to it. */
    public AuditEntry recordDecision(Account actor, AuditAction action, Long siteId, String kind, Long itemId,
                                     Long revisionId, Verdict verdict, List<Finding> findings, String detail) {
        Set<String> clauses = new TreeSet<>();
        findings.forEach(f -> clauses.add(f.clause().code()));
        AuditEntry entry = new AuditEntry(Clock.now(), actor == null ? null : actor.id(),
                actor == null ? "system" : actor.username(), action, siteId, kind, itemId, revisionId, verdict,
                String.join(",", clauses), findings.isEmpty() ? null : FindingsJson.write(findings), detail);
        em.persist(entry);
        return entry;
    }

    /** Anything else worth a line: sign-ins, roster imports, site settings. */
    public AuditEntry record(Account actor, String actorName, AuditAction action, Long siteId, String detail) {
        AuditEntry entry = new AuditEntry(Clock.now(), actor == null ? null : actor.id(),
                actor == null ? actorName : actor.username(), action, siteId, null, null, null, null, "", null,
                detail);
        em.persist(entry);
        return entry;
    }

    /** Something done to one reported page or comment, by a person or (actor null) an anonymous visitor. */
    public AuditEntry recordOnTarget(Account actor, String actorName, AuditAction action, Long siteId, String kind,
                                     Long itemId, String detail) {
        AuditEntry entry = new AuditEntry(Clock.now(), actor == null ? null : actor.id(),
                actor == null ? actorName : actor.username(), action, siteId, kind, itemId, null, null, "", null,
                detail);
        em.persist(entry);
        return entry;
    }

    public List<AuditEntry> forItem(Long itemId) {
        return em.createQuery("select a from AuditEntry a where a.itemId = :item order by a.id", AuditEntry.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public List<AuditEntry> latest(int max) {
        return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }
}
