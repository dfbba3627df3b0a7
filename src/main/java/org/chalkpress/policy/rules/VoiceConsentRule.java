package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Recording;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/**
 * Clause PHOTO-CONSENT, for recordings: everyone heard in an episode needs voice consent on file for the
 * episode's audience (a guardian's release for a student, their own permission for staff), as for photos.
 */
public final class VoiceConsentRule implements PolicyRule {

    @Override
    public String id() {
        return "voice-consent";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.PHOTO_CONSENT;
    }

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        for (Recording.Voice voice : review.recording().map(Recording::voices).orElse(List.of())) {
            if (!voice.consented()) {
                findings.add(new Finding(clause(), id(), Severity.BLOCK, new TextSpan(0, 0), voice.name(),
                        voice.name() + " is heard in this episode without voice consent for "
                                + review.audience().describe() + ". " + voice.explanation(),
                        "Ask for voice consent, choose a smaller audience it covers, or remove "
                                + voice.name() + "'s part from the recording and the list of people heard."));
            }
        }
        return findings;
    }
}
