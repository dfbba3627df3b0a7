package org.chalkpress.policy.settings.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.settings.ListText;
import org.chalkpress.policy.settings.PolicyAdministration;
import org.chalkpress.policy.settings.SettingsChange;
import org.chalkpress.policy.settings.SettingsHistoryEntry;

/** The policy settings screen (admin/policy.xhtml): word lists, domain lists, rules, and their history. */
@Named
@ViewScoped
public class PolicyAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One rule as the form shows it; severity is "" for the rule's own. */
    public static final class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String clause;
        private final String summary;
        private boolean enabled;
        private String severity;

        RuleRow(String id, String clause, String summary, boolean enabled, String severity) {
            this.id = id;
            this.clause = clause;
            this.summary = summary;
            this.enabled = enabled;
            this.severity = severity;
        }

        public String getId() { return id; }
        public String getClause() { return clause; }
        public String getSummary() { return summary; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getSeverity() { return severity; }
        public void setSeverity(String severity) { this.severity = severity; }
    }

    private static final Map<String, String> LIST_HINTS = Map.of(
            "profanity", "Swear words: they block a publish.",
            "slurs", "Hurtful words for groups of people: they block a publish.",
            "harassment", "Words and phrases that attack a person: they block a publish.",
            "adult", "Adult themes: a warning the author must read.",
            "classroom-exceptions", "Everyday words that contain a listed word and are fine (\"Scunthorpe\").",
            "substances", "Alcohol, tobacco and vaping words: a warning.",
            "substances-exceptions", "Words that look like the substances list but are fine (\"root beer\").",
            "url-shorteners", "Link shortener domains; the platform's own list always applies as well.");

    @Inject
    PolicyAdministration administration;

    @Inject
    CurrentViewer currentViewer;

    private final Map<String, String> wordLists = new LinkedHashMap<>();
    private final Map<String, Boolean> districtList = new HashMap<>();
    private String blockedDomains;
    private String allowedDomains;
    private final List<RuleRow> rules = new ArrayList<>();

    @PostConstruct
    void init() {
        if (!currentViewer.viewer().isCommunications()) {
            throw new NotAllowedException("Only communications staff and district administrators see the policy settings.");
        }
        fill(administration.settings());
    }

    private void fill(PolicySettings settings) {
        wordLists.clear();
        for (String name : administration.wordListNames()) {
            List<String> district = settings.wordList(name);
            districtList.put(name, !district.isEmpty());
            wordLists.put(name, ListText.join(district.isEmpty() ? administration.defaultWordList(name) : district));
        }
        blockedDomains = ListText.join(settings.blockedDomains().stream().sorted().toList());
        allowedDomains = ListText.join(settings.allowedDomains().stream().sorted().toList());
        rules.clear();
        for (PolicyRule rule : administration.rules()) {
            Severity override = settings.severityOverrides().get(rule.id());
            rules.add(new RuleRow(rule.id(), rule.clause().code(), rule.clause().summary(), settings.isEnabled(rule),
                    override == null ? "" : override.name()));
        }
    }

    public void save() {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        boolean failed = false;
        for (Map.Entry<String, String> list : wordLists.entrySet()) {
            try {
                lists.put(list.getKey(), ListText.words(list.getValue()));
            } catch (IllegalArgumentException e) {
                FacesFeedback.error("Word list " + list.getKey() + ": " + e.getMessage());
                failed = true;
            }
        }
        Set<String> blocked = Set.of();
        Set<String> allowed = Set.of();
        try {
            blocked = ListText.domains(blockedDomains);
        } catch (IllegalArgumentException e) {
            errors.put("blockedDomains", e.getMessage());
        }
        try {
            allowed = ListText.domains(allowedDomains);
        } catch (IllegalArgumentException e) {
            errors.put("allowedDomains", e.getMessage());
        }
        if (failed || !errors.isEmpty()) {
            if (!errors.isEmpty()) {
                FacesFeedback.fieldErrors(new InvalidInputException(errors));
            }
            FacesFeedback.error("Nothing was saved: fix the lists marked below.");
            return;
        }
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> overrides = new HashMap<>();
        for (RuleRow row : rules) {
            if (!row.isEnabled()) {
                disabled.add(row.getId());
            }
            if (row.getSeverity() != null && !row.getSeverity().isBlank()) {
                overrides.put(row.getId(), Severity.valueOf(row.getSeverity()));
            }
        }
        try {
            List<SettingsChange> changes = administration.save(currentViewer.viewer(),
                    new PolicySettings(lists, blocked, allowed, disabled, overrides));
            FacesFeedback.info(changes.isEmpty() ? "Nothing changed."
                    : "Saved " + changes.size() + " change(s). They apply to every check from now on.");
            fill(administration.settings());
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
    }

    public boolean isCanEdit() {
        return administration.mayChange(currentViewer.viewer());
    }

    public List<String> getWordListNames() {
        return administration.wordListNames();
    }

    public String hint(String name) {
        return LIST_HINTS.getOrDefault(name, "");
    }

    public boolean isDistrictList(String name) {
        return Boolean.TRUE.equals(districtList.get(name));
    }

    public List<SettingsHistoryEntry> getHistory() {
        return administration.history(100);
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Map<String, String> getWordLists() { return wordLists; }
    public String getBlockedDomains() { return blockedDomains; }
    public void setBlockedDomains(String value) { this.blockedDomains = value; }
    public String getAllowedDomains() { return allowedDomains; }
    public void setAllowedDomains(String value) { this.allowedDomains = value; }
    public List<RuleRow> getRules() { return rules; }
}
