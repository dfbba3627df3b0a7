package org.chalkpress.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * What a person wants to hear about by e-mail: new posts of the classes they follow, and the topics they have
 * unsubscribed from. Notices on an unsubscribed topic are still kept in the app.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    /** The topic of "new post" notices for one class; unsubscribing from it ends the class subscription. */
    public static final String NEW_POSTS = "new-posts:";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    public static String newPostsTopic(ClassSite site) {
        return NEW_POSTS + site.slug();
    }

    /** Anyone who can read a class's class-audience pages (its teachers, students and families) may follow it. */
    public void follow(Viewer viewer, ClassSite site) {
        Account account = viewer.required();
        if (!access.canRead(viewer, site, org.chalkpress.policy.Audience.CLASS)) {
            throw new NotAllowedException("You can follow the classes you or your children belong to.");
        }
        if (em.find(ClassSubscription.class, new ClassSubscription.Key(account.id(), site.id())) == null) {
            em.persist(new ClassSubscription(account.id(), site.id(), Clock.now()));
        }
    }

    public void unfollow(long accountId, long siteId) {
        ClassSubscription found = em.find(ClassSubscription.class, new ClassSubscription.Key(accountId, siteId));
        if (found != null) {
            em.remove(found);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassSite> followed(long accountId) {
        return em.createQuery("select s from ClassSite s where s.id in (select c.siteId from ClassSubscription c"
                        + " where c.accountId = :who) order by s.title", ClassSite.class)
                .setParameter("who", accountId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> followersOf(long siteId) {
        return em.createQuery("select a from Account a where a.enabled = true and a.id in (select c.accountId"
                        + " from ClassSubscription c where c.siteId = :site) order by a.id", Account.class)
                .setParameter("site", siteId).getResultList();
    }

    /** What an unsubscribe link does: ends a class subscription, or stops e-mail on any other topic. */
    public void unsubscribe(long accountId, String topic) {
        if (topic.startsWith(NEW_POSTS)) {
            directory.site(topic.substring(NEW_POSTS.length())).ifPresent(s -> unfollow(accountId, s.id()));
            return;
        }
        if (em.find(MailOptOut.class, new MailOptOut.Key(accountId, topic)) == null) {
            em.persist(new MailOptOut(accountId, topic, Clock.now()));
        }
    }

    public void resubscribe(long accountId, String topic) {
        MailOptOut found = em.find(MailOptOut.class, new MailOptOut.Key(accountId, topic));
        if (found != null) {
            em.remove(found);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean wantsMail(long accountId, String topic) {
        return em.find(MailOptOut.class, new MailOptOut.Key(accountId, topic)) == null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unsubscribedTopics(long accountId) {
        return em.createQuery("select o.topic from MailOptOut o where o.accountId = :who order by o.topic",
                String.class).setParameter("who", accountId).getResultList();
    }
}
