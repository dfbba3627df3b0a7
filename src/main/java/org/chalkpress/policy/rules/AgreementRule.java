package org.chalkpress.policy.rules;

import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/**
 * Clause AGREEMENT: by creating or contributing to class blogs, wikis and podcasts, employees agree to the
 * policy. A member of staff who has not acknowledged the current policy version cannot publish yet.
 * Students are covered by their teacher's acknowledgement and are not asked.
 */
public final class AgreementRule implements PolicyRule {

    @Override
    public String id() {
        return "policy-agreement";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.AGREEMENT;
    }

    @Override
    public List<Finding> check(Review review) {
        if (!review.authorIsStaff() || review.authorAcknowledgedPolicy()) {
            return List.of();
        }
        TextSpan start = new TextSpan(0, 0);
        return List.of(new Finding(clause(), id(), Severity.BLOCK, start, review.document().excerpt(start),
                "Before you publish, please read the district's current social media policy and confirm that you"
                        + " agree to it. It may have changed since you last confirmed.",
                "Open the policy page, read it, and select \"I have read and agree\"; then publish again."));
    }
}
