package org.chalkpress.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.SecretToken;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * Private podcast addresses for parents: a class-audience podcast is theirs to hear, but podcast apps cannot
 * sign in. Each parent gets their own random address per class (256 random bits, stored as SHA-256 only), which
 * works only while they are still a parent in that class and until they revoke it.
 */
@ApplicationScoped
@Transactional
public class ParentFeeds {


    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditLog audit;

    /** A new private address; the token is shown to the parent once, in the URL. */
    public record Issued(ParentFeed feed, String token) { }

    public Issued issue(Viewer viewer, ClassSite site) {
        Account parent = viewer.required();
        if (parent.role() != Role.PARENT || !directory.isParentIn(parent.id(), site.id())) {
            throw new NotFoundException("Private podcast addresses are for parents of students in this class.");
        }
        String token = SecretToken.next();
        ParentFeed feed = new ParentFeed(site.id(), parent.id(), SecretToken.hash(token));
        em.persist(feed);
        audit.record(parent, parent.username(), AuditAction.PARENT_FEED_CREATED, site.id(),
                "Private podcast address " + feed.id());
        return new Issued(feed, token);
    }

    /** The parent's addresses that still work, newest first. */
    public List<ParentFeed> of(Viewer viewer) {
        return em.createQuery("select f from ParentFeed f where f.parentId = :parent and f.revokedAt is null"
                        + " order by f.id desc", ParentFeed.class)
                .setParameter("parent", viewer.required().id()).getResultList();
    }

    public void revoke(Viewer viewer, long feedId) {
        ParentFeed feed = em.find(ParentFeed.class, feedId);
        if (feed == null || !feed.parentId().equals(viewer.required().id())) {
            throw new NotFoundException("No such private podcast address.");
        }
        feed.revoke();
        audit.record(viewer.required(), viewer.required().username(), AuditAction.PARENT_FEED_REVOKED,
                feed.siteId(), "Private podcast address " + feed.id());
    }

    /** The parent a token speaks for on this site, while it is not revoked and they are still a class parent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> parentFor(ClassSite site, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select f from ParentFeed f where f.tokenHash = :hash and f.revokedAt is null",
                        ParentFeed.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .filter(f -> f.siteId().equals(site.id()) && directory.isParentIn(f.parentId(), site.id()))
                .map(f -> em.find(Account.class, f.parentId()))
                .filter(Account::enabled);
    }
}
