package org.chalkpress.publishing;

/**
 * How one kind of content is stored once the gate lets it through (a revision for a post, a comment
 * row for a comment…). Called only by {@link PublishGate}, inside its transaction.
 */
@FunctionalInterface
public interface PublishStep<T> {

    T persist(String sanitisedHtml, GateDecision decision);

    /** The revision id to put in the audit log, when the result has one. */
    default Long revisionId(T result) {
        return null;
    }
}
