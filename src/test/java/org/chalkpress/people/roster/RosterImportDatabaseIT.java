package org.chalkpress.people.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.net.URL;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.ApplicationPasswords;
import org.chalkpress.testing.Http;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.chalkpress.people.Viewer;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A OneRoster export into the database: all or nothing, and the same files twice change nothing. */
@ExtendWith(ArquillianExtension.class)
class RosterImportDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.chalkpress().addClasses(OneRosterFixtures.class);
        OneRosterFixtures.VALID_FILES.forEach(name -> war.addAsResource("oneroster/valid/" + name));
        return war;
    }

    @Inject
    RosterImport rosterImport;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    ApplicationPasswords applicationPasswords;

    @ArquillianResource
    URL base;

    private Viewer admin() {
        return Viewer.of(accounts.byUsername("admin").orElseThrow());
    }

    @Test
    void importingTheSameExportTwiceChangesNothingTheSecondTime() {
        RosterSnapshot snapshot = new OneRosterReader().readFiles(OneRosterFixtures.validExportFiles());
        RosterImport.Summary first = rosterImport.apply(admin(), snapshot);
        assertTrue(first.created() > 0);
        int sitesAfterFirst = directory.sites().size();

        RosterImport.Summary second = rosterImport.apply(admin(), new OneRosterReader().readZip(OneRosterFixtures.validExportZip()));

        assertTrue(second.changedNothing(), second.toString());
        assertEquals(sitesAfterFirst, directory.sites().size());
        RosterClass someClass = snapshot.classes().get(0);
        var site = directory.sites().stream().filter(s -> someClass.sourcedId().equals(s.sourcedId())).findFirst().orElseThrow();
        assertEquals(snapshot.members(someClass.sourcedId(), EnrollmentRole.STUDENT).size(),
                directory.studentsOf(site.id()).size());
    }

    @Test
    void aConflictAnywhereImportsNothing() {
        Map<String, byte[]> files = new HashMap<>(OneRosterFixtures.validExportFiles());
        String users = new String(files.get("users.csv"), StandardCharsets.UTF_8).stripTrailing();
        // A new student whose username already belongs to a demo teacher.
        files.put("users.csv", (users + "\nconflict-1,active,2024-08-15T13:45:00.000Z,true,s1,student,"
                + DemoPeople.TEACHER + ",,Sam,Clash,,S-9999,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        long before = accounts.count();
        int sitesBefore = directory.sites().size();

        RosterSnapshot snapshot = new OneRosterReader().readFiles(files);
        RosterImportException refused = assertThrows(RosterImportException.class, () -> rosterImport.apply(admin(), snapshot));

        assertTrue(refused.report().describe().contains(DemoPeople.TEACHER), refused.report().describe());
        assertEquals(before, accounts.count());
        assertEquals(sitesBefore, directory.sites().size());
    }

    @Test
    void aBrokenExportSentToTheApiIsRefusedRowByRowAndImportsNothing() {
        Map<String, byte[]> files = new HashMap<>(OneRosterFixtures.validExportFiles());
        String users = new String(files.get("users.csv"), StandardCharsets.UTF_8);
        files.put("users.csv", users.replaceFirst(",student,", ",techer,").getBytes(StandardCharsets.UTF_8));
        String password = applicationPasswords.issue(accounts.byUsername("admin").orElseThrow(), "sis sync").clearText();
        long before = accounts.count();

        java.net.http.HttpResponse<String> refused = new Http(base.toString()).withApplicationPassword("admin", password)
                .postBytes("/api/v1/roster/import", "application/zip", OneRosterFixtures.zip(files));

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"file\":\"users.csv\""), refused.body());
        assertTrue(refused.body().contains("\"field\":\"role\""), refused.body());
        assertTrue(refused.body().contains("techer"), refused.body());
        assertEquals(before, accounts.count());
    }

    @Test
    void onlyADistrictAdministratorMayImport() {
        RosterSnapshot snapshot = new OneRosterReader().readFiles(OneRosterFixtures.validExportFiles());
        assertThrows(RuntimeException.class, () -> rosterImport.apply(
                Viewer.of(accounts.byUsername(DemoPeople.TEACHER).orElseThrow()), snapshot));
    }
}
