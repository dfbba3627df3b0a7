package org.chalkpress.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every registered rule that the district has switched on, applies the district's severity
 * overrides, and returns the findings in reading order.
 */
public final class PolicyEngine {

    private final List<PolicyRule> rules;

    public PolicyEngine(List<PolicyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public List<Finding> review(Review review) {
        PolicySettings settings = review.settings();
        List<Finding> findings = new ArrayList<>();
        for (PolicyRule rule : rules) {
            if (!settings.isEnabled(rule)) {
                continue;
            }
            Severity override = settings.severityOverrides().get(rule.id());
            for (Finding finding : rule.check(review)) {
                findings.add(override == null ? finding : finding.withSeverity(override));
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparing(f -> f.clause().ordinal()));
        return findings;
    }
}
