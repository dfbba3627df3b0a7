package org.chalkpress.policy;

import java.util.Collection;

/** The publish gate's decision: the strongest severity among the findings decides. */
public enum Verdict {
    PASS, WARN, BLOCK;

    public static Verdict of(Collection<Finding> findings) {
        Verdict verdict = PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (finding.severity() == Severity.WARN) {
                verdict = WARN;
            }
        }
        return verdict;
    }

    public String code() {
        return name().toLowerCase();
    }
}
