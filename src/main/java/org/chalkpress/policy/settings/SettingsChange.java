package org.chalkpress.policy.settings;

/** One line of the settings history: what was changed (a list, a rule) and how, in words. */
public record SettingsChange(String subject, String summary) {
}
