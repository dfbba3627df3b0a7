package org.chalkpress.publishing;

/**
 * The end of a publish attempt. {@code published} is false when the gate blocked it or warnings still
 * await acknowledgement; the decision says why.
 */
public record PublishOutcome<T>(GateDecision decision, boolean published, boolean needsAcknowledgement, T result) {

    static <T> PublishOutcome<T> held(GateDecision decision, boolean needsAcknowledgement) {
        return new PublishOutcome<>(decision, false, needsAcknowledgement, null);
    }

    static <T> PublishOutcome<T> done(GateDecision decision, T result) {
        return new PublishOutcome<>(decision, true, false, result);
    }
}
