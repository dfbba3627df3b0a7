package org.chalkpress.comments;

import java.util.List;

/**
 * What became of a comment someone sent: on the page, waiting for a teacher, or kept as their draft with
 * what to fix (in words meant for them).
 */
public record CommentResult(Outcome outcome, Long commentId, List<String> feedback) {

    public enum Outcome { PUBLISHED, AWAITING_MODERATION, HELD }

    public CommentResult {
        feedback = List.copyOf(feedback);
    }

    public String message() {
        return switch (outcome) {
            case PUBLISHED -> "Your comment is on the page.";
            case AWAITING_MODERATION -> "Thank you! Your comment will appear once your teacher has read it.";
            case HELD -> "Your comment was not sent yet. " + String.join(" ", feedback);
        };
    }
}
