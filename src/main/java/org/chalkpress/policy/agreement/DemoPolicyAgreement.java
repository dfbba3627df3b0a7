package org.chalkpress.policy.agreement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.chalkpress.blog.BlogService;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Role;
import org.chalkpress.platform.ChalkpressConfig;

/**
 * In demo mode, once the demo district exists: if no employee has agreed to the policy yet, its staff are
 * recorded as having agreed, so that trying the demo does not start with every publish blocked, and the
 * sample posts that the gate held back only for that reason are published. Later policy revisions must
 * still be agreed to by hand, as in a real district. (Once the demo seeding calls
 * {@link PolicyAgreements#acknowledgeForDemo} itself, before it publishes, this finds nothing to do.)
 */
@Singleton
@Startup
@DependsOn("DistrictSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPolicyAgreement {

    @Inject
    ChalkpressConfig config;

    @Inject
    Accounts accounts;

    @Inject
    PolicyAgreements agreements;

    @Inject
    BlogService blog;

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @PostConstruct
    void agreeForDemoStaff() {
        if (!config.demo() || agreements.acknowledgementCount() > 0) {
            return;
        }
        List<Account> staff = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                staff.addAll(accounts.withRole(role));
            }
        }
        agreements.acknowledgeForDemo(staff);
        List<ContentItem> held = em.createQuery("select i from ContentItem i where i.kind = :post"
                        + " and i.status = :draft and i.draftVerdict = :block order by i.id", ContentItem.class)
                .setParameter("post", ItemKind.POST)
                .setParameter("draft", ItemStatus.DRAFT)
                .setParameter("block", Verdict.BLOCK)
                .getResultList();
        for (ContentItem item : held) {
            boolean onlyAgreement = FindingsJson.read(item.draftFindings()).stream()
                    .allMatch(f -> f.clause() == ClauseId.AGREEMENT);
            Account author = accounts.byId(item.authorId()).orElse(null);
            if (onlyAgreement && author != null) {
                blog.publish(Viewer.of(author), item.id(), Acknowledgement.WARNINGS);
            }
        }
    }
}
