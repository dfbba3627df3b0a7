package org.chalkpress.consent;

/**
 * Fired (synchronously, inside the revoking transaction) when a person's consent for a kind of media ends, by
 * revocation or expiry. Every feature that publishes media of people observes it and withdraws what shows
 * that person, leaving a neutral placeholder, and tells the authors.
 */
public record ConsentWithdrawn(long accountId, ConsentKind kind, String reason) {
}
