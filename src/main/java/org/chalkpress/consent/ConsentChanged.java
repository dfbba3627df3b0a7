package org.chalkpress.consent;

/**
 * Fired after any change to a person's consent (grant, refusal, revocation, expiry), for caches built from
 * it, such as the roster index that knows whose names may appear on public pages.
 *
 * @param kind the kind that changed, or null for the directory-information opt-out
 */
public record ConsentChanged(long accountId, ConsentKind kind) {
}
