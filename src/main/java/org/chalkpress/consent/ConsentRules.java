package org.chalkpress.consent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.chalkpress.policy.Audience;

/**
 * Clause PHOTO-CONSENT, the decision itself, in plain Java: a person may appear in a kind of media for an
 * audience only if the statement in force for that kind is a grant, not revoked, not past its last day, and
 * wide enough for the audience. Anything else is refused, with the reason in words a teacher can act on.
 */
public final class ConsentRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ConsentRules() {
    }

    /**
     * @param latest the person's latest statement for {@code kind}, or null if there is none
     */
    public static ConsentDecision decide(ConsentPerson person, ConsentKind kind, Audience audience,
                                         ConsentRecord latest, LocalDate today) {
        String release = person.name() + "'s " + person.whatIsGiven() + " for " + kind.label();
        if (latest == null) {
            return ConsentDecision.refused(person.whoAnswers() + " has not given "
                    + (person.staff() ? "permission" : "a media release") + " for " + kind.label());
        }
        if (!latest.isGrant()) {
            return ConsentDecision.refused(person.whoAnswers() + " refused "
                    + (person.staff() ? "permission" : "a media release") + " for " + kind.label()
                    + " on " + day(latest.givenOn()));
        }
        if (latest.isRevoked()) {
            return ConsentDecision.refused(release + " was revoked on "
                    + day(latest.revokedAt().toLocalDate()));
        }
        if (latest.hasExpiredBy(today)) {
            return ConsentDecision.refused(release + " expired on " + day(latest.expiresOn()));
        }
        if (!latest.covers(audience)) {
            return ConsentDecision.refused(release + " covers " + place(latest.audience()) + " only, not "
                    + place(audience));
        }
        return ConsentDecision.permitted(release + " covers " + place(audience) + " until "
                + day(latest.expiresOn()));
    }

    /** "the class", "the district", "the public page": where a page with this audience can be read. */
    public static String place(Audience audience) {
        return switch (audience) {
            case CLASS -> "the class";
            case DISTRICT -> "the district";
            case PUBLIC -> "the public page";
        };
    }

    public static String day(LocalDate date) {
        return date.format(DAY);
    }
}
