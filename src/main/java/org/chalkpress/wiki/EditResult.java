package org.chalkpress.wiki;

import java.util.List;
import org.chalkpress.publishing.GateDecision;

/**
 * How a wiki edit ended: published (perhaps merged with someone else's edit), held by the gate as a draft
 * with its findings, or waiting for a teacher's approval.
 */
public record EditResult(Outcome outcome, Long itemId, Long revisionId, Long pendingChangeId, GateDecision decision,
                         List<String> mergedWith) {

    public enum Outcome { PUBLISHED, HELD, NEEDS_ACKNOWLEDGEMENT, AWAITING_APPROVAL }

    public EditResult {
        mergedWith = List.copyOf(mergedWith);
    }

    public boolean published() {
        return outcome == Outcome.PUBLISHED;
    }

    public boolean merged() {
        return !mergedWith.isEmpty();
    }

    /** A line for the editor, in the teacher's words. */
    public String message() {
        String merge = merged() ? "Merged with " + String.join(" and ", mergedWith) + "'s changes. " : "";
        return merge + switch (outcome) {
            case PUBLISHED -> "Saved: the page is updated.";
            case HELD -> "Not published: fix the problems beside the editor. Your edit is kept as a draft.";
            case NEEDS_ACKNOWLEDGEMENT -> "Read the warnings beside the editor and tick “I have read the warnings”"
                    + " to publish.";
            case AWAITING_APPROVAL -> "Sent to your teacher. The page will change when they approve your edit.";
        };
    }
}
