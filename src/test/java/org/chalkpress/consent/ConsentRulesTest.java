package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.policy.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate GIVEN = LocalDate.of(2026, 9, 2);
    private static final LocalDate YEAR_END = LocalDate.of(2027, 7, 31);
    private static final ConsentPerson MAYA = new ConsentPerson(7, "Maya Rivera", false);
    private static final ConsentPerson HILL = new ConsentPerson(3, "Jane Hill", true);
    private static final GivenBy GUARDIAN = new GivenBy(11L, "Ana Rivera");

    /** What is on file for the person and kind in one row of the matrix. */
    enum OnFile {
        NOTHING, GRANT_NARROWER, GRANT_COVERING, GRANT_EXPIRED, GRANT_REVOKED, REFUSAL
    }

    record Case(ConsentKind kind, Audience wanted, OnFile onFile) {
        @Override
        public String toString() {
            return kind + " for " + wanted.code() + " with " + onFile.name().toLowerCase().replace('_', ' ')
                    + " on file → " + (permitted() ? "permitted" : "refused");
        }

        boolean permitted() {
            return onFile == OnFile.GRANT_COVERING;
        }
    }

    static List<Case> matrix() {
        List<Case> cases = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            for (Audience wanted : Audience.values()) {
                for (OnFile onFile : OnFile.values()) {
                    if (onFile == OnFile.GRANT_NARROWER && wanted == Audience.CLASS) {
                        continue; // nothing is narrower than the class
                    }
                    cases.add(new Case(kind, wanted, onFile));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void decidesEveryKindAudienceAndState(Case c) {
        ConsentRecord record = switch (c.onFile()) {
            case NOTHING -> null;
            case GRANT_NARROWER -> grant(c.kind(), Audience.values()[c.wanted().ordinal() - 1], YEAR_END);
            case GRANT_COVERING -> grant(c.kind(), c.wanted(), YEAR_END);
            case GRANT_EXPIRED -> grant(c.kind(), Audience.PUBLIC, LocalDate.of(2026, 7, 31));
            case GRANT_REVOKED -> revoked(grant(c.kind(), Audience.PUBLIC, YEAR_END));
            case REFUSAL -> ConsentRecord.refused(MAYA.accountId(), c.kind(), GIVEN, GUARDIAN, ConsentSource.ADMIN, 1L);
        };

        ConsentDecision decision = ConsentRules.decide(MAYA, c.kind(), c.wanted(), record, TODAY);

        assertEquals(c.permitted(), decision.permitted(), decision.explanation());
        String expected = switch (c.onFile()) {
            case NOTHING -> "Maya Rivera's guardian has not given a media release for " + c.kind().label();
            case GRANT_NARROWER -> "Maya Rivera's media release for " + c.kind().label() + " covers "
                    + (c.wanted() == Audience.PUBLIC ? "the district" : "the class") + " only, not "
                    + ConsentRules.place(c.wanted());
            case GRANT_COVERING -> "Maya Rivera's media release for " + c.kind().label() + " covers "
                    + ConsentRules.place(c.wanted()) + " until 31 July 2027";
            case GRANT_EXPIRED -> "Maya Rivera's media release for " + c.kind().label() + " expired on 31 July 2026";
            case GRANT_REVOKED -> "Maya Rivera's media release for " + c.kind().label() + " was revoked on "
                    + ConsentRules.day(record.revokedAt().toLocalDate());
            case REFUSAL -> "Maya Rivera's guardian refused a media release for " + c.kind().label()
                    + " on 2 September 2026";
        };
        assertEquals(expected, decision.explanation());
    }

    @Test
    void theClassReleaseExplainsItDoesNotReachThePublicPage() {
        ConsentDecision decision = ConsentRules.decide(MAYA, ConsentKind.PHOTO, Audience.PUBLIC,
                grant(ConsentKind.PHOTO, Audience.CLASS, YEAR_END), TODAY);

        assertEquals("Maya Rivera's media release for photos covers the class only, not the public page",
                decision.explanation());
    }

    @Test
    void aReleaseStillCoversItsLastDayAndEndsTheDayAfter() {
        ConsentRecord release = grant(ConsentKind.VIDEO, Audience.DISTRICT, TODAY);

        assertTrue(ConsentRules.decide(MAYA, ConsentKind.VIDEO, Audience.CLASS, release, TODAY).permitted());
        assertFalse(ConsentRules.decide(MAYA, ConsentKind.VIDEO, Audience.CLASS, release, TODAY.plusDays(1))
                .permitted());
    }

    @Test
    void staffAreAskedForTheirOwnPermission() {
        assertEquals("Jane Hill has not given permission for photos",
                ConsentRules.decide(HILL, ConsentKind.PHOTO, Audience.PUBLIC, null, TODAY).explanation());
        ConsentRecord own = ConsentRecord.granted(HILL.accountId(), ConsentKind.PHOTO, Audience.CLASS, GIVEN,
                GivenBy.self(), YEAR_END, ConsentSource.SELF, HILL.accountId());
        assertEquals("Jane Hill's permission for photos covers the class only, not the public page",
                ConsentRules.decide(HILL, ConsentKind.PHOTO, Audience.PUBLIC, own, TODAY).explanation());
    }

    private static ConsentRecord grant(ConsentKind kind, Audience audience, LocalDate lastDay) {
        return ConsentRecord.granted(MAYA.accountId(), kind, audience, GIVEN.isAfter(lastDay) ? lastDay : GIVEN,
                GUARDIAN, lastDay, ConsentSource.PARENT, 11L);
    }

    private static ConsentRecord revoked(ConsentRecord record) {
        record.revoke(11L, "Ana Rivera");
        return record;
    }
}
