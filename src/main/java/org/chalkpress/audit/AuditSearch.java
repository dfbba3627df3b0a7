package org.chalkpress.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Finding;
import org.chalkpress.publishing.FindingsJson;

/**
 * Reading the audit log, for communications staff and district administrators only (checked here). There is
 * no way to change or remove an entry, here or anywhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditSearch {

    public static final int PAGE_SIZE = 50;
    static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** One page of entries, newest first; {@code hasMore} says whether another page follows. */
    public record Page(List<AuditEntry> entries, int page, boolean hasMore, long total) { }

    public Page page(Viewer viewer, AuditFilter filter, int page) {
        requireAuditor(viewer);
        int current = Math.max(1, page);
        List<AuditEntry> rows = query(filter, "select a", " order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        long total = query(filter, "select count(a)", "", Long.class).getSingleResult();
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, current, more, total);
    }

    /** Every matching entry, oldest first, in batches so an export of years of log never sits in memory at once. */
    public void each(Viewer viewer, AuditFilter filter, Consumer<AuditEntry> out) {
        requireAuditor(viewer);
        long lastId = 0;
        while (true) {
            List<AuditEntry> batch = query(filter, "select a", " and a.id > :after order by a.id", AuditEntry.class)
                    .setParameter("after", lastId)
                    .setMaxResults(EXPORT_BATCH)
                    .getResultList();
            batch.forEach(out);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            lastId = batch.get(batch.size() - 1).id();
            em.clear();
        }
    }

    /** Gate decisions that had findings since a moment, for the dashboard. */
    public List<FindingCounts.Decision> findingsSince(Viewer viewer, OffsetDateTime since) {
        requireAuditor(viewer);
        return em.createQuery("select a.occurredAt, a.siteId, a.findings from AuditEntry a"
                        + " where a.findings is not null and a.occurredAt >= :since", Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(row -> new FindingCounts.Decision((OffsetDateTime) row[0], (Long) row[1],
                        FindingsJson.read((String) row[2]).stream().map(Finding::clause).toList()))
                .toList();
    }

    public void requireAuditor(Viewer viewer) {
        if (!viewer.isCommunications()) {
            throw new NotAllowedException("Only communications staff and district administrators read the audit log.");
        }
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.clause() != null) {
            jpql.append(" and concat(concat(',', a.clauses), ',') like :clause");
            params.put("clause", "%," + filter.clause().code() + ",%");
        }
        if (filter.siteId() != null) {
            jpql.append(" and a.siteId = :site");
            params.put("site", filter.siteId());
        }
        if (filter.author() != null) {
            jpql.append(" and a.actorName = :author");
            params.put("author", filter.author());
        }
        if (filter.action() != null) {
            jpql.append(" and a.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            jpql.append(" and a.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        params.forEach(query::setParameter);
        return query;
    }
}
