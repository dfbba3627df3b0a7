package org.chalkpress.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chalkpress.policy.Audience;

/**
 * How one kind of consent stands for one person today, for the screens: in force or not, and a line of plain
 * words ("Granted for the district until 31 July 2027", "Revoked on 3 March 2027", "Nothing on file").
 */
public record ConsentState(ConsentKind kind, ConsentRecord latest, boolean inForce, String summary) {

    public static ConsentState of(ConsentKind kind, ConsentRecord latest, LocalDate today) {
        if (latest == null) {
            return new ConsentState(kind, null, false, "Nothing on file");
        }
        if (!latest.isGrant()) {
            return new ConsentState(kind, latest, false, "Refused on " + ConsentRules.day(latest.givenOn())
                    + " by " + latest.givenByName());
        }
        if (latest.isRevoked()) {
            return new ConsentState(kind, latest, false, "Revoked on "
                    + ConsentRules.day(latest.revokedAt().toLocalDate()) + " by " + latest.revokedByName());
        }
        if (latest.hasExpiredBy(today)) {
            return new ConsentState(kind, latest, false, "Expired on " + ConsentRules.day(latest.expiresOn()));
        }
        return new ConsentState(kind, latest, true, "Granted for " + reach(latest.audience()) + " until "
                + ConsentRules.day(latest.expiresOn()) + " (given by " + latest.givenByName() + " on "
                + ConsentRules.day(latest.givenOn()) + ")");
    }

    /** Every kind, in order, from the statements in force. */
    public static List<ConsentState> all(Map<ConsentKind, ConsentRecord> latest, LocalDate today) {
        List<ConsentState> states = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            states.add(of(kind, latest.get(kind), today));
        }
        return states;
    }

    /** "the class", "the class and the district", "the class, the district and the public page". */
    public static String reach(Audience widest) {
        return switch (widest) {
            case CLASS -> "the class";
            case DISTRICT -> "the class and the district";
            case PUBLIC -> "the class, the district and the public page";
        };
    }

    public String label() {
        return kind.label();
    }

    public String code() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
