package org.chalkpress.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;

/** Appends the next numbered revision to an item's history (posts, wiki pages and episodes alike). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RevisionLog {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    /** Stores the revision with the next number and returns it with its id; the caller makes it live. */
    public Revision append(ContentItem item, String title, String sanitisedHtml, Tags tags, Audience audience,
                           Long authorId, Verdict verdict) {
        Integer last = em.createQuery("select max(r.number) from Revision r where r.itemId = :item", Integer.class)
                .setParameter("item", item.id())
                .getSingleResult();
        Revision revision = new Revision(item.id(), last == null ? 1 : last + 1, title, sanitisedHtml, tags,
                audience, authorId, verdict);
        em.persist(revision);
        em.flush();
        return revision;
    }
}
