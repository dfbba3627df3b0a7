package org.chalkpress.concerns;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chalkpress.policy.ClauseId;

/**
 * The policy clauses a reader can point to, in a reader's words (the clause IDs are for staff and the audit
 * log). Clauses about how staff work (OFFICIAL, AGREEMENT…) are not something a reader reports.
 */
public final class ReportReasons {

    private static final Map<ClauseId, String> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put(ClauseId.CLASSROOM, "It is rude, hurtful or not suitable for school");
        CHOICES.put(ClauseId.STUDENT_PRIVACY, "It shares private information about a student");
        CHOICES.put(ClauseId.PRIVACY_FIRST, "It shows too much about someone (surname, address, where they are)");
        CHOICES.put(ClauseId.PHOTO_CONSENT, "It shows someone who has not agreed to be shown");
        CHOICES.put(ClauseId.COPYRIGHT, "It uses someone else's picture, music or video without permission");
        CHOICES.put(ClauseId.CITATION, "It copies someone else's writing without credit");
        CHOICES.put(ClauseId.LINKS, "It links to something inappropriate");
        CHOICES.put(ClauseId.SUBSTANCES, "It refers to alcohol, tobacco or vaping");
    }

    private ReportReasons() {
    }

    /** Clause → plain words, in the order the form lists them. */
    public static Map<ClauseId, String> choices() {
        return java.util.Collections.unmodifiableMap(CHOICES);
    }

    public static String plainWords(ClauseId clause) {
        return clause == null ? null : CHOICES.getOrDefault(clause, clause.summary());
    }
}
