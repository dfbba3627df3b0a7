package org.chalkpress.policy;

import java.util.Objects;

/**
 * One thing in a submission that a policy rule objects to: which clause, which rule, how strongly,
 * exactly where in the author's text, and what to do about it.
 */
public record Finding(ClauseId clause, String rule, Severity severity, TextSpan span,
                      String excerpt, String message, String fix) {

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        excerpt = excerpt == null ? "" : excerpt;
        fix = fix == null ? "" : fix;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(clause, rule, newSeverity, span, excerpt, message, fix);
    }
}
