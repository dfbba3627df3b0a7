package org.chalkpress.comments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chalkpress.policy.Finding;

/**
 * What a student (or parent) reads when the policy stops their comment: one short, kind, specific sentence
 * per problem, in place of the staff wording the rules write. Keyed on the clause and the rule, never on a
 * rule's word lists, so the district's tuning of the rules needs no change here.
 */
public final class StudentWording {

    private StudentWording() {
    }

    /** One sentence per distinct problem, in the order they appear in the comment. */
    public static List<String> of(List<Finding> findings) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Finding finding : findings) {
            sentences.add(of(finding));
        }
        return List.copyOf(sentences);
    }

    public static String of(Finding finding) {
        String said = finding.excerpt().isBlank() ? "" : " (“" + finding.excerpt().strip() + "”)";
        return switch (finding.clause()) {
            case STUDENT_PRIVACY -> privacy(finding.message().toLowerCase(Locale.ROOT), said);
            case CLASSROOM -> "Please use words you would use in the classroom" + said
                    + " — kind words only, please.";
            case LINKS -> "Please check this link" + said
                    + ": links in comments have to work and lead somewhere your school allows.";
            case PRIVACY_FIRST -> "Please use only first names here" + said
                    + " — anyone might read this page.";
            case SUBSTANCES -> "Please leave out alcohol, tobacco and vaping" + said + ".";
            case CITATION -> "If you are quoting someone" + said + ", say where the words come from.";
            case COPYRIGHT -> "Please only share pictures or sounds you made yourself, or say where they come from.";
            default -> "Please change this part of your comment" + said
                    + ". Ask your teacher if you are not sure why.";
        };
    }

    private static String privacy(String message, String said) {
        if (message.contains("phone")) {
            return "Please don't share a phone number here — ask your teacher if you need to get in touch"
                    + " with someone.";
        }
        if (message.contains("e-mail")) {
            return "Please don't share an e-mail address here — ask your teacher if you need to get in touch"
                    + " with someone.";
        }
        if (message.contains("address")) {
            return "Please don't share where anyone lives" + said + " — keep home addresses private.";
        }
        if (message.contains("birth")) {
            return "Please don't share anyone's birthday or birth date here" + said + ".";
        }
        if (message.contains("grade") || message.contains("score")) {
            return "Please don't share anyone's grades or scores" + said + " — those stay private.";
        }
        if (message.contains("health") || message.contains("medical")) {
            return "Please don't share anyone's health or medical details" + said + " — those stay private.";
        }
        if (message.contains("student number")) {
            return "Please don't share student ID numbers here" + said + ".";
        }
        if (message.contains("publish their name")) {
            return "Please don't write a classmate's name here" + said + " — some families ask us not to.";
        }
        return "Please leave out private things about yourself or your classmates" + said + ".";
    }
}
