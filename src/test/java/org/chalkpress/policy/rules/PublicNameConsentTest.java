package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.LEO;
import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** STUDENT-PRIVACY with the consent registry's NAME_PUBLIC answer passed in through the roster. */
class PublicNameConsentTest {

    private static final RosterStudent NINA_WITHOUT_CONSENT =
            new RosterStudent("Nina", "Holt", "100301", LocalDate.of(2016, 4, 4), false, false);
    private static final RosterStudent OTTO_WITH_CONSENT =
            new RosterStudent("Otto", "Berg", "100302", LocalDate.of(2016, 5, 5), false, true);

    private final StudentPrivacyRule rule = new StudentPrivacyRule();

    @ParameterizedTest(name = "\"{0}\" on a public page is blocked")
    @ValueSource(strings = {"Nina Holt", "Nina H.", "Nina"})
    void aStudentWithoutPublicNameConsentIsNotNamedOnAPublicPage(String name) {
        List<Finding> findings = aReview("<p>Well done " + name + " on the science fair!</p>").publicly()
                .withRoster(NINA_WITHOUT_CONSENT, OTTO_WITH_CONSENT, LEO).findings(rule);

        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(ClauseId.STUDENT_PRIVACY, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals(name, f.excerpt());
        assertEquals("This page is public, and this student's family has not agreed to their child's name"
                + " appearing on public pages.", f.message());
    }

    @ParameterizedTest(name = "naming her for the {0} passes")
    @EnumSource(value = Audience.class, names = {"CLASS", "DISTRICT"})
    void theSameStudentMayBeNamedForTheClassAndTheDistrict(Audience audience) {
        assertEquals(List.of(), aReview("<p>Well done Nina Holt on the science fair!</p>").forAudience(audience)
                .withRoster(NINA_WITHOUT_CONSENT, OTTO_WITH_CONSENT).findings(rule));
    }

    @Test
    void aStudentWithPublicNameConsentMayBeNamedOnAPublicPage() {
        assertEquals(List.of(), aReview("<p>Well done Otto B. on the science fair!</p>").publicly()
                .withRoster(NINA_WITHOUT_CONSENT, OTTO_WITH_CONSENT).findings(rule));
    }

    @Test
    void aSharedFirstNameDoesNotIdentifyTheStudentWithoutConsent() {
        RosterStudent otherNina = new RosterStudent("Nina", "Park", "100303", null, false, true);
        assertEquals(List.of(), aReview("<p>Nina read her poem aloud.</p>").publicly()
                .withRoster(NINA_WITHOUT_CONSENT, otherNina).findings(rule));
    }
}
