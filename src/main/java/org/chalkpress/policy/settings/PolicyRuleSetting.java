package org.chalkpress.policy.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chalkpress.policy.Severity;

/** The district's choice for one rule: switched on or off, and a severity that replaces the rule's own. */
@Entity
@Table(name = "policy_rule_setting")
public class PolicyRuleSetting {

    @Id
    @Column(name = "rule_id")
    private String ruleId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    protected PolicyRuleSetting() {
    }

    PolicyRuleSetting(String ruleId) {
        this.ruleId = ruleId;
    }

    void set(boolean isEnabled, Severity override) {
        this.enabled = isEnabled;
        this.severity = override;
    }

    public String ruleId() { return ruleId; }
    public boolean enabled() { return enabled; }
    public Severity severity() { return severity; }
}
