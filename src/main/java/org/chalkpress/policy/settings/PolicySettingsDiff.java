package org.chalkpress.policy.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Severity;

/**
 * What differs between two versions of the district's settings, in the words the history shows: words and
 * domains added and removed, rules switched on or off, severities changed. Word lists are compared as the
 * rules see them (the district's list, or the platform's default when it has none).
 */
public final class PolicySettingsDiff {

    static final int MAX_SUMMARY = 4000;

    private PolicySettingsDiff() {
    }

    public static List<SettingsChange> between(PolicySettings before, PolicySettings after, List<String> listNames,
                                               Function<String, List<String>> defaults, List<PolicyRule> rules) {
        List<SettingsChange> changes = new ArrayList<>();
        for (String name : listNames) {
            List<String> old = effective(before, name, defaults);
            List<String> now = effective(after, name, defaults);
            String summary = addedRemoved(old, now);
            if (!summary.isEmpty()) {
                boolean toDefault = after.wordList(name).isEmpty() && !before.wordList(name).isEmpty();
                changes.add(new SettingsChange("Word list " + name,
                        toDefault ? "Back to the platform's default list. " + summary : summary));
            }
        }
        String blocked = addedRemoved(before.blockedDomains(), after.blockedDomains());
        if (!blocked.isEmpty()) {
            changes.add(new SettingsChange("Blocked domains", blocked));
        }
        String allowed = addedRemoved(before.allowedDomains(), after.allowedDomains());
        if (!allowed.isEmpty()) {
            changes.add(new SettingsChange("Allowed domains", allowed));
        }
        for (PolicyRule rule : rules) {
            List<String> parts = new ArrayList<>();
            boolean wasOn = before.isEnabled(rule);
            boolean isOn = after.isEnabled(rule);
            if (wasOn != isOn) {
                parts.add(isOn ? "Switched on." : "Switched off.");
            }
            Severity oldSeverity = before.severityOverrides().get(rule.id());
            Severity newSeverity = after.severityOverrides().get(rule.id());
            if (oldSeverity != newSeverity) {
                parts.add("Severity: " + describe(oldSeverity) + " → " + describe(newSeverity) + ".");
            }
            if (!parts.isEmpty()) {
                changes.add(new SettingsChange("Rule " + rule.id(), String.join(" ", parts)));
            }
        }
        return changes;
    }

    static List<String> effective(PolicySettings settings, String name, Function<String, List<String>> defaults) {
        List<String> district = settings.wordList(name);
        return district.isEmpty() ? defaults.apply(name) : district;
    }

    private static String describe(Severity severity) {
        return severity == null ? "the rule's own" : severity.name();
    }

    private static String addedRemoved(Collection<String> before, Collection<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(Set.copyOf(before));
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(Set.copyOf(after));
        StringBuilder out = new StringBuilder();
        if (!added.isEmpty()) {
            out.append("Added: ").append(String.join(", ", added)).append('.');
        }
        if (!removed.isEmpty()) {
            out.append(out.isEmpty() ? "" : " ").append("Removed: ").append(String.join(", ", removed)).append('.');
        }
        return out.length() > MAX_SUMMARY ? out.substring(0, MAX_SUMMARY - 1) + "…" : out.toString();
    }
}
