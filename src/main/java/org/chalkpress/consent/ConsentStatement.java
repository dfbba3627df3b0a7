package org.chalkpress.consent;

import java.time.LocalDate;
import java.util.Objects;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.policy.Audience;

/**
 * What someone states about one person's consent for one kind of media, before it is recorded.
 *
 * @param audience   the widest audience a grant covers (ignored for a refusal; always public for NAME_PUBLIC)
 * @param expiresOn  the last day a grant covers; null means the end of the school year
 */
public record ConsentStatement(ConsentKind kind, ConsentAnswer answer, Audience audience, LocalDate givenOn,
                               GivenBy givenBy, LocalDate expiresOn) {

    public ConsentStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(givenBy, "givenBy");
        if (kind == ConsentKind.NAME_PUBLIC && answer == ConsentAnswer.GRANTED) {
            audience = Audience.PUBLIC; // the kind itself is about public pages; a narrower grant would mean nothing
        }
        if (answer == ConsentAnswer.GRANTED && audience == null) {
            throw new IllegalArgumentException("Choose who may see the " + kind.label()
                    + ": the class, the district or the public");
        }
        if (answer == ConsentAnswer.REFUSED) {
            audience = null;
            expiresOn = null;
        }
    }

    public static ConsentStatement grant(ConsentKind kind, Audience audience, LocalDate givenOn, GivenBy givenBy,
                                         LocalDate expiresOn) {
        return new ConsentStatement(kind, ConsentAnswer.GRANTED, audience, givenOn, givenBy, expiresOn);
    }

    public static ConsentStatement refuse(ConsentKind kind, LocalDate givenOn, GivenBy givenBy) {
        return new ConsentStatement(kind, ConsentAnswer.REFUSED, null, givenOn, givenBy, null);
    }

    /** The record this statement makes for a person, the school year filling in a missing expiry. */
    ConsentRecord toRecord(long accountId, SchoolYear year, ConsentSource source, Long recordedById) {
        if (answer == ConsentAnswer.REFUSED) {
            return ConsentRecord.refused(accountId, kind, givenOn, givenBy, source, recordedById);
        }
        LocalDate lastDay = expiresOn != null ? expiresOn : year.endOfYearContaining(givenOn);
        return ConsentRecord.granted(accountId, kind, audience, givenOn, givenBy, lastDay, source, recordedById);
    }

    /** Whether {@code record} is in force and says exactly this (so recording it again would change nothing). */
    boolean alreadySaidBy(ConsentRecord record, SchoolYear year) {
        return record != null && !record.isRevoked() && sameAs(record, year);
    }

    /** Whether {@code record} was made from this very statement (revoked since or not). */
    boolean sameAs(ConsentRecord record, SchoolYear year) {
        if (record.kind() != kind || record.answer() != answer || record.audience() != audience
                || !record.givenOn().equals(givenOn) || !record.givenByName().equals(givenBy.name())) {
            return false;
        }
        LocalDate lastDay = answer == ConsentAnswer.REFUSED ? null
                : expiresOn != null ? expiresOn : year.endOfYearContaining(givenOn);
        return Objects.equals(record.expiresOn(), lastDay);
    }
}
