package org.chalkpress.publishing;

import java.util.List;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;

/** What the gate concluded about a submission: the findings, the verdict, and the HTML it would store. */
public record GateDecision(Verdict verdict, List<Finding> findings, String sanitisedHtml) {

    public GateDecision {
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return verdict == Verdict.BLOCK;
    }
}
