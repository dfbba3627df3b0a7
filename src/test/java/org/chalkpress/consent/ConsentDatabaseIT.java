package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.chalkpress.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

    @Inject
    ConsentImport consentImport;

    @ArquillianResource
    URL base;

    private static final String CSV_HEADER = "username,kind,decision,audience,given_by,given_on,expires_on\n";

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

    @Test
    void anImportWithOneBadLineRecordsNothingAndTheSameFileTwiceChangesNothing() {
        Account admin = person(DemoPeople.ADMIN);
        Account first = grade2Student(6);
        Account second = grade2Student(7);
        String good = first.username() + ",photo,granted,district,Paper form (father),2026-09-01,\n"
                + second.username() + ",video,refused,,Paper form (mother),2026-09-01,\n";

        ConsentImportException refused = assertThrows(ConsentImportException.class, () -> consentImport.apply(admin,
                (CSV_HEADER + good + "no.such.student,photo,granted,class,Someone,2026-09-01,\n")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 4, column username: no one with this username is on the roster; check the spelling, or"
                + " import the roster first", refused.problems().get(0).describe());
        assertTrue(registry.history(first.id()).isEmpty(), "all or nothing: the good lines were not recorded");
        assertTrue(registry.history(second.id()).isEmpty());

        byte[] file = (CSV_HEADER + good).getBytes(StandardCharsets.UTF_8);
        assertEquals(new ConsentImport.Summary(2, 0), consentImport.apply(admin, file));
        assertTrue(registry.decide(first.id(), ConsentKind.PHOTO, Audience.DISTRICT).permitted());
        assertFalse(registry.decide(second.id(), ConsentKind.VIDEO, Audience.CLASS).permitted());
        assertEquals(new ConsentImport.Summary(0, 2), consentImport.apply(admin, file));

        registry.revoke(admin, first, ConsentKind.PHOTO);
        assertEquals(new ConsentImport.Summary(0, 2), consentImport.apply(admin, file));
        assertFalse(registry.decide(first.id(), ConsentKind.PHOTO, Audience.CLASS).permitted(),
                "re-importing an old export does not undo a revocation");
        assertTrue(audit.latest(10).stream().anyMatch(e -> e.action() == AuditAction.CONSENTS_IMPORTED));
        assertThrows(NotAllowedException.class, () -> consentImport.apply(person(DemoPeople.TEACHER), file));
    }

    @Test
    void aParentGrantsAndRevokesOverHttpForTheirChildButCannotReachAnotherFamilysChild() {
        Account child = person("elias.kowalski");
        Account otherChild = person(DemoPeople.STUDENT_WITHOUT_RELEASE);
        Http parent = new Http(base.toString());
        parent.signIn(DemoPeople.OTHER_PARENT, DemoPeople.PASSWORD);

        String page = parent.get("/account/consent").body();
        assertTrue(page.contains("Elias Kowalski"), page);
        assertFalse(page.contains("Leo Haddad"), "a parent sees only their own children");

        String grant = "{\"decision\":\"granted\",\"audience\":\"class\"}";
        assertEquals(403, parent.put("/api/v1/consent/people/elias.kowalski/video", "application/json", grant)
                .statusCode(), "a browser session must send X-Requested-With (CSRF)");
        HttpResponse<String> granted = withHeader(parent, "PUT", "/api/v1/consent/people/elias.kowalski/video", grant);
        assertEquals(200, granted.statusCode(), granted.body());
        assertTrue(registry.decide(child.id(), ConsentKind.VIDEO, Audience.CLASS).permitted());
        String after = parent.get("/account/consent").body();
        assertTrue(after.contains("Granted for the class until"), after);

        HttpResponse<String> revoked = withHeader(parent, "DELETE", "/api/v1/consent/people/elias.kowalski/video", null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(registry.decide(child.id(), ConsentKind.VIDEO, Audience.CLASS).permitted());
        assertTrue(withdrawals.of(child.id()).stream().anyMatch(w -> w.kind() == ConsentKind.VIDEO));

        HttpResponse<String> crafted = withHeader(parent, "PUT",
                "/api/v1/consent/people/" + otherChild.username() + "/video", grant);
        assertEquals(404, crafted.statusCode(), crafted.body());
        assertEquals(404, parent.get("/api/v1/consent/people/" + otherChild.username()).statusCode());
        assertFalse(registry.latest(otherChild.id(), ConsentKind.VIDEO).isPresent());
    }

    @Test
    void onlyDistrictAndCommunicationsStaffOpenTheRegistryAndRecordASignedForm() {
        Account student = grade2Student(8);
        Http teacher = new Http(base.toString());
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        assertEquals(403, teacher.get("/admin/consent?person=" + student.id()).statusCode());
        Http parent = new Http(base.toString());
        parent.signIn(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        assertEquals(403, parent.get("/admin/consent").statusCode());
        assertEquals(404, withHeader(teacher, "PUT", "/api/v1/consent/people/" + student.username() + "/photo",
                "{\"decision\":\"granted\",\"audience\":\"public\",\"givenBy\":\"me\"}").statusCode());

        Http comms = new Http(base.toString());
        comms.signIn(DemoPeople.COMMS, DemoPeople.PASSWORD);
        String found = comms.get("/admin/consent?q=" + Http.encode(student.familyName())).body();
        assertTrue(found.contains("/admin/consent?person=" + student.id()), found);
        String screen = comms.get("/admin/consent?person=" + student.id()).body();
        assertTrue(screen.contains(student.displayName()), screen);
        assertTrue(screen.contains("Nothing on file"));

        HttpResponse<String> recorded = comms.post("/admin/consent?person=" + student.id(),
                "application/x-www-form-urlencoded", "record=record&kind=VOICE&audience=district"
                        + "&givenBy=" + Http.encode("Paper form (grandmother)") + "&givenOn=2026-09-03&expiresOn="
                        + "&grant=Record+permission&jakarta.faces.ViewState=" + Http.encode(Http.viewState(screen)));
        assertEquals(200, recorded.statusCode());
        assertTrue(recorded.body().contains("Recorded: voice recordings for " + student.displayName()),
                recorded.body());
        assertTrue(registry.decide(student.id(), ConsentKind.VOICE, Audience.DISTRICT).permitted());
        assertEquals("Paper form (grandmother)", registry.latest(student.id(), ConsentKind.VOICE).orElseThrow()
                .givenByName());
    }

    @Test
    void aMemberOfStaffGivesTheirOwnPermissionButNoOneElses() {
        Account chen = person(DemoPeople.OTHER_TEACHER);
        Http teacher = new Http(base.toString());
        teacher.signIn(DemoPeople.OTHER_TEACHER, DemoPeople.PASSWORD);
        assertTrue(teacher.get("/account/consent").body().contains("id=\"person-dr.chen\""));

        HttpResponse<String> own = withHeader(teacher, "PUT", "/api/v1/consent/people/dr.chen/video",
                "{\"decision\":\"granted\",\"audience\":\"district\"}");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(registry.decide(chen.id(), ConsentKind.VIDEO, Audience.DISTRICT).permitted());
        assertEquals("self", registry.latest(chen.id(), ConsentKind.VIDEO).orElseThrow().givenByName());
        assertEquals(404, withHeader(teacher, "PUT", "/api/v1/consent/people/" + DemoPeople.TEACHER + "/video",
                "{\"decision\":\"refused\"}").statusCode(), "not a colleague's permission");

        Http comms = new Http(base.toString());
        comms.signIn(DemoPeople.COMMS, DemoPeople.PASSWORD);
        Account parent = person(DemoPeople.OTHER_PARENT);
        assertEquals(404, comms.get("/admin/consent?person=" + parent.id()).statusCode(),
                "parents have no consent of their own to keep");
        assertEquals(404, comms.get("/admin/consent?person=999999").statusCode());
    }

    private static HttpResponse<String> withHeader(Http http, String method, String path, String json) {
        HttpRequest.Builder request = http.request(path).header("X-Requested-With", "chalkpress");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
