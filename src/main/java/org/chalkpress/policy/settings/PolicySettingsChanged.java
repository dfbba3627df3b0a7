package org.chalkpress.policy.settings;

/** Fired when an administrator saved new settings; the store reloads once the change is committed. */
public record PolicySettingsChanged(int changes) {
}
