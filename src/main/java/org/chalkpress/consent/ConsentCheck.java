package org.chalkpress.consent;

import org.chalkpress.policy.Audience;

/**
 * The question the publish gate asks of the consent registry for each person tagged in a photo, video or
 * recording (clause PHOTO-CONSENT): students need their guardian's release on file, staff their own
 * permission; both for this kind of media, this audience, and not expired or revoked.
 */
public interface ConsentCheck {

    ConsentDecision decide(long accountId, ConsentKind kind, Audience audience);
}
