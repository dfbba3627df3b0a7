package org.chalkpress.policy.rules;

import java.util.List;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/**
 * A recording needs a transcript before it reaches the district or the internet; a class-only episode is warned.
 * Clause CLASSROOM: every check of what is said (language, harassment, adult themes — and the student-privacy
 * checks after it) works on text, so a recording without a transcript is content the policy cannot review. None
 * of the clauses speaks of recordings directly; CLASSROOM is the one whose checks a transcript makes possible
 * (and the one a transcript's text is then checked against, with the notes).
 */
public final class TranscriptRequiredRule implements PolicyRule {

    @Override
    public String id() {
        return "transcript-required";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.CLASSROOM;
    }

    @Override
    public List<Finding> check(Review review) {
        if (review.recording().isEmpty() || review.recording().get().transcriptGiven()) {
            return List.of();
        }
        TextSpan whole = new TextSpan(0, 0);
        if (review.audience() == Audience.CLASS) {
            return List.of(new Finding(clause(), id(), Severity.WARN, whole, "",
                    "This episode has no transcript, so what is said in it has not been checked.",
                    "Upload a transcript (WebVTT, SRT or plain text). It is required before the episode can go"
                            + " to the district or the public."));
        }
        return List.of(new Finding(clause(), id(), Severity.BLOCK, whole, "",
                "An episode for " + review.audience().describe() + " needs a transcript: what is said in it must be"
                        + " checked like any written text.",
                "Upload a transcript (WebVTT, SRT or plain text), or publish to this class only."));
    }
}
