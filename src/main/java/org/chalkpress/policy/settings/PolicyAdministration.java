package org.chalkpress.policy.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.rules.DefaultWordLists;
import org.chalkpress.publishing.PolicyContext;

/**
 * How a district administrator tunes the policy rules: word lists, domain lists, rules switched off and
 * severities. Only district administrators may change them (checked here, whatever screen calls); every
 * change is kept in the settings history and takes effect for the next review.
 */
@ApplicationScoped
@Transactional
public class PolicyAdministration {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    PolicySettingsStore store;

    @Inject
    PolicyContext context;

    @Inject
    Event<PolicySettingsChanged> changed;

    public PolicySettings settings() {
        return store.load();
    }

    public List<PolicyRule> rules() {
        return context.engine().rules();
    }

    public List<String> wordListNames() {
        return DefaultWordLists.NAMES;
    }

    public List<String> defaultWordList(String name) {
        return DefaultWordLists.of(name);
    }

    public boolean mayChange(Viewer viewer) {
        return viewer.has(Role.DISTRICT_ADMIN);
    }

    /**
     * Replaces the settings with {@code proposed}. A word list equal to the platform's default (or empty) is
     * stored as "no district list", so later improvements to the default reach the district.
     */
    public List<SettingsChange> save(Viewer viewer, PolicySettings proposed) {
        if (!mayChange(viewer)) {
            throw new NotAllowedException("Only a district administrator can change the policy settings.");
        }
        Account actor = viewer.required();
        PolicySettings normalised = normalise(proposed);
        PolicySettings before = store.load();
        List<SettingsChange> changes = PolicySettingsDiff.between(before, normalised, wordListNames(),
                this::defaultWordList, rules());
        if (changes.isEmpty()) {
            return changes;
        }
        // Bulk deletes bypass the persistence context, so forget what load() read before storing the new rows.
        em.flush();
        em.clear();
        em.createQuery("delete from PolicyWord w").executeUpdate();
        normalised.wordLists().forEach((name, words) -> words.forEach(w -> em.persist(new PolicyWord(name, w))));
        em.createQuery("delete from PolicyDomain d").executeUpdate();
        normalised.blockedDomains().forEach(d -> em.persist(new PolicyDomain(PolicyDomain.Listing.BLOCKED, d)));
        normalised.allowedDomains().forEach(d -> em.persist(new PolicyDomain(PolicyDomain.Listing.ALLOWED, d)));
        for (PolicyRule rule : rules()) {
            PolicyRuleSetting setting = em.find(PolicyRuleSetting.class, rule.id());
            if (setting == null) {
                setting = new PolicyRuleSetting(rule.id());
                em.persist(setting);
            }
            setting.set(normalised.isEnabled(rule), normalised.severityOverrides().get(rule.id()));
        }
        OffsetDateTime now = Clock.now();
        for (SettingsChange change : changes) {
            em.persist(new SettingsHistoryEntry(now, actor.id(), actor.username(), change));
        }
        store.invalidate();
        changed.fire(new PolicySettingsChanged(changes.size()));
        return changes;
    }

    /** Newest first. */
    public List<SettingsHistoryEntry> history(int max) {
        return em.createQuery("select h from SettingsHistoryEntry h order by h.id desc", SettingsHistoryEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    private PolicySettings normalise(PolicySettings proposed) {
        Map<String, List<String>> lists = new HashMap<>();
        proposed.wordLists().forEach((name, words) -> {
            if (!wordListNames().contains(name)) {
                throw InvalidInputException.of(name, "There is no word list called '" + name + "'.");
            }
            if (!words.isEmpty() && !Set.copyOf(words).equals(Set.copyOf(defaultWordList(name)))) {
                lists.put(name, List.copyOf(new LinkedHashSet<>(words)));
            }
        });
        Set<String> ruleIds = new HashSet<>();
        rules().forEach(r -> ruleIds.add(r.id()));
        Set<String> disabled = new HashSet<>(proposed.disabledRules());
        Map<String, Severity> overrides = new HashMap<>(proposed.severityOverrides());
        for (String id : disabled) {
            if (!ruleIds.contains(id)) {
                throw InvalidInputException.of("rules", "There is no rule called '" + id + "'.");
            }
        }
        for (String id : overrides.keySet()) {
            if (!ruleIds.contains(id)) {
                throw InvalidInputException.of("rules", "There is no rule called '" + id + "'.");
            }
        }
        return new PolicySettings(lists, proposed.blockedDomains(), proposed.allowedDomains(), disabled, overrides);
    }
}
