package org.chalkpress.policy.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.rules.DistrictRules;
import org.junit.jupiter.api.Test;

class PolicySettingsDiffTest {

    private static final List<PolicyRule> RULES = DistrictRules.all();

    private static List<String> defaults(String name) {
        return name.equals("profanity") ? List.of("darn", "heck") : List.of();
    }

    private static List<SettingsChange> diff(PolicySettings before, PolicySettings after) {
        return PolicySettingsDiff.between(before, after, List.of("profanity", "adult"),
                PolicySettingsDiffTest::defaults, RULES);
    }

    @Test
    void aWordAddedToADefaultListIsNamed() {
        PolicySettings after = new PolicySettings(Map.of("profanity", List.of("darn", "heck", "flibbertigibbet")),
                Set.of(), Set.of(), Set.of(), Map.of());
        assertEquals(List.of(new SettingsChange("Word list profanity", "Added: flibbertigibbet.")),
                diff(PolicySettings.DEFAULTS, after));
    }

    @Test
    void goingBackToTheDefaultListSaysSo() {
        PolicySettings before = new PolicySettings(Map.of("profanity", List.of("darn")), Set.of(), Set.of(), Set.of(),
                Map.of());
        List<SettingsChange> changes = diff(before, PolicySettings.DEFAULTS);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).summary().startsWith("Back to the platform's default list. Added: heck."));
    }

    @Test
    void domainsRulesAndSeveritiesEachGetALine() {
        PolicySettings after = new PolicySettings(Map.of(), Set.of("games.example"), Set.of(), Set.of("substances"),
                Map.of("citation", Severity.BLOCK));
        List<SettingsChange> changes = diff(PolicySettings.DEFAULTS, after);
        assertEquals(List.of(
                new SettingsChange("Blocked domains", "Added: games.example."),
                new SettingsChange("Rule citation", "Severity: the rule's own → BLOCK."),
                new SettingsChange("Rule substances", "Switched off.")), changes);
    }

    @Test
    void nothingChangedMeansNoLines() {
        assertTrue(diff(PolicySettings.DEFAULTS, PolicySettings.DEFAULTS).isEmpty());
    }
}
