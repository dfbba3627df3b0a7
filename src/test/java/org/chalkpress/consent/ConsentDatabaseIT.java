package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.policy.Audience;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.ConsentWithdrawals;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consent registry with real persistence: decisions, revocation, expiry, import and who may change what. */
@ExtendWith(ArquillianExtension.class)
class ConsentDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress();
    }

    @Inject
    ConsentRegistry registry;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    AuditLog audit;

    private Account person(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    /** A grade 2 student of the demo district that no other test touches (each test takes its own). */
    private Account grade2Student(int index) {
        return directory.studentsOf(directory.site("grade-2-ortiz").orElseThrow().id()).get(index);
    }

    private static ConsentStatement photosFor(Audience audience, LocalDate lastDay) {
        return ConsentStatement.grant(ConsentKind.PHOTO, audience, ConsentRegistry.today(),
                new GivenBy(null, "Paper form, signed by the mother"), lastDay);
    }

    @Test
    void theDemoDistrictHasReleasesOnFileForItsFirstGrade4StudentOnly() {
        Account maya = person(DemoPeople.STUDENT_WITH_RELEASE);
        Account leo = person(DemoPeople.STUDENT_WITHOUT_RELEASE);

        assertTrue(registry.decide(maya.id(), ConsentKind.PHOTO, Audience.DISTRICT).permitted());
        assertEquals("Maya Rivera's media release for photos covers the district only, not the public page",
                registry.decide(maya.id(), ConsentKind.PHOTO, Audience.PUBLIC).explanation());
        assertFalse(registry.decide(maya.id(), ConsentKind.NAME_PUBLIC, Audience.PUBLIC).permitted());
        assertEquals("Leo Haddad's guardian has not given a media release for photos",
                registry.decide(leo.id(), ConsentKind.PHOTO, Audience.CLASS).explanation());
        assertTrue(registry.decide(person(DemoPeople.TEACHER).id(), ConsentKind.PHOTO, Audience.PUBLIC).permitted());
    }

    @Test
    void revokingEndsTheReleaseAtOnceTellsTheObserversAndIsAudited() {
        Account admin = person(DemoPeople.ADMIN);
        Account student = grade2Student(3);
        registry.record(admin, student, photosFor(Audience.PUBLIC, null));
        assertTrue(registry.decide(student.id(), ConsentKind.PHOTO, Audience.PUBLIC).permitted());

        registry.revoke(admin, student, ConsentKind.PHOTO);

        ConsentDecision after = registry.decide(student.id(), ConsentKind.PHOTO, Audience.CLASS);
        assertFalse(after.permitted());
        assertTrue(after.explanation().contains("was revoked on"), after.explanation());
        List<ConsentWithdrawn> seen = withdrawals.of(student.id());
        assertEquals(1, seen.size());
        assertEquals(ConsentKind.PHOTO, seen.get(0).kind());
        assertTrue(audit.latest(20).stream().anyMatch(e -> e.action() == AuditAction.CONSENT_REVOKED
                && e.detail().contains(student.username())));
        List<ConsentRecord> history = registry.history(student.id());
        assertEquals(1, history.size());
        assertTrue(history.get(0).isRevoked(), "the grant stays on file, stamped as revoked");
    }

    @Test
    void aGrantExpiresOnceTheDayAfterItsLastDay() {
        Account admin = person(DemoPeople.ADMIN);
        Account student = grade2Student(4);
        LocalDate lastDay = ConsentRegistry.today().plusDays(10);
        registry.record(admin, student, photosFor(Audience.CLASS, lastDay));

        assertEquals(0, registry.expireDue(lastDay));
        assertTrue(withdrawals.of(student.id()).isEmpty());
        assertTrue(registry.expireDue(lastDay.plusDays(1)) >= 1);
        assertEquals(1, withdrawals.of(student.id()).size());
        assertTrue(withdrawals.of(student.id()).get(0).reason().contains("expired on"));
        registry.expireDue(lastDay.plusDays(2));
        assertEquals(1, withdrawals.of(student.id()).size(), "an expiry is handled once");
    }

    @Test
    void anExpiredGrantIsRefusedWithItsDate() {
        Account student = grade2Student(5);
        registry.record(person(DemoPeople.ADMIN), student, ConsentStatement.grant(ConsentKind.VOICE,
                Audience.CLASS, LocalDate.of(2025, 9, 1), new GivenBy(null, "Ana Example"), null));

        assertEquals(student.displayName() + "'s media release for voice recordings expired on 31 July 2026",
                registry.decide(student.id(), ConsentKind.VOICE, Audience.CLASS).explanation());
    }

    @Test
    void aParentMaySpeakForTheirOwnChildOnly() {
        Account parent = person(DemoPeople.OTHER_PARENT);
        Account ownChild = person("elias.kowalski");
        Account otherChild = person(DemoPeople.STUDENT_WITHOUT_RELEASE);

        registry.record(parent, ownChild, photosFor(Audience.CLASS, null));
        assertTrue(registry.decide(ownChild.id(), ConsentKind.PHOTO, Audience.CLASS).permitted());
        assertThrows(NotAllowedException.class,
                () -> registry.record(parent, otherChild, photosFor(Audience.PUBLIC, null)));
        assertFalse(registry.decide(otherChild.id(), ConsentKind.PHOTO, Audience.CLASS).permitted());
    }
}
