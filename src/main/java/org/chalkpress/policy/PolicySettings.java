package org.chalkpress.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district's tuning of the rules, as data it edits: word lists, domain lists, rules switched off,
 * severities overridden. Rules read their lists by name; the engine applies switches and severities.
 */
public record PolicySettings(Map<String, List<String>> wordLists,
                             Set<String> blockedDomains,
                             Set<String> allowedDomains,
                             Set<String> disabledRules,
                             Map<String, Severity> severityOverrides) {

    public static final PolicySettings DEFAULTS =
            new PolicySettings(Map.of(), Set.of(), Set.of(), Set.of(), Map.of());

    public PolicySettings {
        wordLists = Map.copyOf(wordLists);
        blockedDomains = Set.copyOf(blockedDomains);
        allowedDomains = Set.copyOf(allowedDomains);
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public List<String> wordList(String name) {
        return wordLists.getOrDefault(name, List.of());
    }

    public boolean isEnabled(PolicyRule rule) {
        return !disabledRules.contains(rule.id());
    }
}
