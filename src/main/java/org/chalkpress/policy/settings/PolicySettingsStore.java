package org.chalkpress.policy.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import org.chalkpress.policy.PolicySettings;

/**
 * The district's {@link PolicySettings}, read from the database once and kept: every review uses the same
 * immutable object (so the rules' prepared word lists are reused) until an administrator saves a change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicySettingsStore {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    private volatile PolicySettings current;

    public PolicySettings current() {
        PolicySettings settings = current;
        if (settings == null) {
            synchronized (this) {
                settings = current;
                if (settings == null) {
                    settings = load();
                    current = settings;
                }
            }
        }
        return settings;
    }

    /** Reads the settings from the database now, bypassing the cache (for the administration screen). */
    public PolicySettings load() {
        Map<String, List<String>> words = new HashMap<>();
        for (PolicyWord word : em.createQuery("select w from PolicyWord w order by w.listName, w.word",
                PolicyWord.class).getResultList()) {
            words.computeIfAbsent(word.listName(), k -> new ArrayList<>()).add(word.word());
        }
        Set<String> blocked = new HashSet<>();
        Set<String> allowed = new HashSet<>();
        for (PolicyDomain domain : em.createQuery("select d from PolicyDomain d", PolicyDomain.class).getResultList()) {
            (domain.listing() == PolicyDomain.Listing.BLOCKED ? blocked : allowed).add(domain.domain());
        }
        Set<String> disabled = new HashSet<>();
        Map<String, org.chalkpress.policy.Severity> overrides = new HashMap<>();
        for (PolicyRuleSetting rule : em.createQuery("select r from PolicyRuleSetting r", PolicyRuleSetting.class)
                .getResultList()) {
            if (!rule.enabled()) {
                disabled.add(rule.ruleId());
            }
            if (rule.severity() != null) {
                overrides.put(rule.ruleId(), rule.severity());
            }
        }
        return new PolicySettings(words, blocked, allowed, disabled, overrides);
    }

    public void invalidate() {
        current = null;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) PolicySettingsChanged changed) {
        invalidate();
    }
}
