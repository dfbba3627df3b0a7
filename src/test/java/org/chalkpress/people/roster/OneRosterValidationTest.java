package org.chalkpress.people.roster;

import static org.chalkpress.people.roster.OneRosterReaderTest.maple;
import static org.chalkpress.people.roster.RosterAssertions.problemAt;
import static org.chalkpress.people.roster.RosterAssertions.problemsReading;
import static org.chalkpress.people.roster.RosterAssertions.problemsReadingZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every kind of problem in an export is reported with its file, spreadsheet row and field.
 * {@link OneRosterReaderTest#maple()} rows: orgs d1=2, s1=3; users t1=2, st1=3, st2=4, g1=5;
 * classes c1=2; enrollments e-c1-t1=2, e-c1-st1=3, e-c1-st2=4. Rows added in a test come after.
 */
class OneRosterValidationTest {

    @Test
    void unknownUserRoleSaysWhichRolesExist() {
        RosterImportReport report = problemsReading(maple().student("u9", "Sam", "Lee", "s1").with("role", "techer"));

        RosterProblem problem = problemAt(report, "users.csv", 6, "role");
        assertEquals("techer", problem.value());
        assertEquals("users.csv row 6, field role: 'techer' is not a OneRoster role; use one of administrator, "
                + "aide, guardian, parent, relative, student, teacher", problem.describe());
        assertEquals(1, report.totalProblems());
    }

    @Test
    void unknownOrgTypeAndEnrollmentRole() {
        RosterImportReport report = problemsReading(maple()
                .row("orgs.csv", "sourcedId", "x1", "name", "Bus Depot", "type", "garage")
                .enrol("g1", "c1", "learner"));

        assertTrue(problemAt(report, "orgs.csv", 4, "type").message().contains("district, local, state"));
        assertTrue(problemAt(report, "enrollments.csv", 5, "role").message()
                .contains("use one of administrator, proctor, student, teacher"));
    }

    @Test
    void missingRequiredFile() {
        RosterImportReport report = problemsReading(maple().withoutFile("enrollments.csv"));

        RosterProblem problem = problemAt(report, "enrollments.csv", 0, "");
        assertTrue(problem.message().startsWith("is missing"), problem.message());
        assertEquals(1, report.totalProblems(), report.describe());
    }

    @Test
    void missingRequiredColumnIsReportedOnceNotOnEveryRow() {
        RosterImportReport report = problemsReading(maple().withoutColumn("users.csv", "role"));

        RosterProblem problem = problemAt(report, "users.csv", 1, "role");
        assertEquals("users.csv row 1, field role", problem.location());
        assertTrue(problem.message().contains("has no 'role' column"), problem.message());
        assertEquals(1, report.problemsIn("users.csv").size(), report.describe());
    }

    @Test
    void emptyRequiredFields() {
        RosterImportReport report = problemsReading(maple()
                .student("st3", "Ana", "Silva", "s1").with("username", "").with("familyName", " ")
                .rosterClass("c2", "", "s1")
                .row("orgs.csv", "sourcedId", "", "name", "Nameless", "type", "school"));

        problemAt(report, "users.csv", 6, "username");
        problemAt(report, "users.csv", 6, "familyName");
        problemAt(report, "classes.csv", 3, "title");
        assertTrue(problemAt(report, "orgs.csv", 4, "sourcedId").message().startsWith("is empty"));
    }

    @Test
    void userWithoutAnyOrg() {
        RosterImportReport report = problemsReading(maple().student("st3", "Ana", "Silva", ""));

        assertTrue(problemAt(report, "users.csv", 6, "orgSourcedIds").message().contains("at least one"));
    }

    @Test
    void duplicateSourcedIdNamesTheFirstRow() {
        RosterImportReport report = problemsReading(maple().student("st1", "Maya", "Garcia-Lopez", "s1"));

        RosterProblem problem = problemAt(report, "users.csv", 6, "sourcedId");
        assertEquals("st1", problem.value());
        assertTrue(problem.message().contains("already the sourcedId of row 3"), problem.message());
    }

    @Test
    void badEmail() {
        RosterImportReport report = problemsReading(maple().teacher("t2", "Ben", "Tanaka", "s1")
                .with("email", "ben.tanaka at lakeside"));

        assertEquals("ben.tanaka at lakeside", problemAt(report, "users.csv", 6, "email").value());
    }

    @Test
    void badDatesAndDateOrder() {
        RosterImportReport report = problemsReading(maple()
                .enrol("g1", "c1", "teacher").with("beginDate", "26/08/2024")
                .enrol("st9", "c1", "student").with("beginDate", "2025-06-13").with("endDate", "2024-08-26")
                .student("st3", "Ana", "Silva", "s1").with("dateLastModified", "yesterday"));

        assertTrue(problemAt(report, "enrollments.csv", 5, "beginDate").message().contains("YYYY-MM-DD"));
        assertTrue(problemAt(report, "enrollments.csv", 6, "endDate").message().contains("before the beginDate"));
        assertTrue(problemAt(report, "users.csv", 6, "dateLastModified").message().contains("ISO 8601"));
    }

    @Test
    void badBooleanAndStatus() {
        RosterImportReport report = problemsReading(maple()
                .student("st3", "Ana", "Silva", "s1").with("enabledUser", "yes").with("status", "inactive"));

        problemAt(report, "users.csv", 6, "enabledUser");
        RosterProblem status = problemAt(report, "users.csv", 6, "status");
        assertTrue(status.message().contains("use active or tobedeleted"), status.message());
    }

    @Test
    void referencesToUnknownSourcedIds() {
        RosterImportReport report = problemsReading(maple()
                .student("st3", "Ana", "Silva", "s1,s404")
                .guardian("g2", "Hoa", "Nguyen", "s1", "st2", "st99")
                .rosterClass("c2", "Grade 3 Art", "s7")
                .enrol("st1", "c404", "student").with("schoolSourcedId", "s1")
                .enrol("ghost", "c1", "student")
                .row("orgs.csv", "sourcedId", "s2", "name", "Cedar", "type", "school", "parentSourcedId", "d9"));

        assertEquals("s404", problemAt(report, "users.csv", 6, "orgSourcedIds").value());
        RosterProblem agent = problemAt(report, "users.csv", 7, "agentSourcedIds");
        assertEquals("users.csv row 7, field agentSourcedIds: 'st99' is not a sourcedId in users.csv; "
                + "correct the reference or add the user to users.csv", agent.describe());
        assertEquals("s7", problemAt(report, "classes.csv", 3, "schoolSourcedId").value());
        assertEquals("c404", problemAt(report, "enrollments.csv", 5, "classSourcedId").value());
        assertEquals("ghost", problemAt(report, "enrollments.csv", 6, "userSourcedId").value());
        assertEquals("d9", problemAt(report, "orgs.csv", 4, "parentSourcedId").value());
        assertEquals(6, report.totalProblems(), report.describe());
    }

    @Test
    void classMustBeTaughtAtASchoolNotADistrict() {
        RosterImportReport report = problemsReading(maple().rosterClass("c2", "District Choir", "d1"));

        assertTrue(problemAt(report, "classes.csv", 3, "schoolSourcedId").message().contains("is a district"));
    }

    @Test
    void activeRowsMayNotPointAtRowsToBeDeleted() {
        RosterImportReport report = problemsReading(maple()
                .rosterClass("c9", "Last Year's Art", "s1").with("status", "tobedeleted")
                .enrol("st1", "c9", "student"));

        assertTrue(problemAt(report, "enrollments.csv", 5, "classSourcedId").message()
                .contains("marked tobedeleted in classes.csv"));
    }

    @Test
    void coursesAndTermsAreCheckedWhenTheirFilesAreIncluded() {
        Map<String, byte[]> files = new LinkedHashMap<>(OneRosterFixtures.validExportFiles());
        String classes = new String(files.get("classes.csv"), StandardCharsets.UTF_8)
                .replace("crs-his7", "crs-his8").replace("scheduled,Room 204,s2,y2025", "scheduled,Room 204,s2,y2026");
        files.put("classes.csv", classes.getBytes(StandardCharsets.UTF_8));

        RosterImportReport report = problemsReading(files);

        assertEquals("crs-his8", problemAt(report, "classes.csv", 4, "courseSourcedId").value());
        assertEquals("y2026", problemAt(report, "classes.csv", 4, "termSourcedIds").value());
    }

    @Test
    void everyProblemIsReportedInFileAndRowOrder() {
        RosterImportReport report = problemsReading(maple()
                .rosterClass("c2", "Grade 3 Art", "s7")
                .student("u9", "Sam", "Lee", "s1").with("role", "techer")
                .teacher("t2", "Ben", "Tanaka", "s1").with("email", "ben@")
                .student("st1", "Maya", "Garcia", "s1")
                .enrol("ghost", "c1", "student")
                .row("orgs.csv", "sourcedId", "s2", "name", "Cedar", "type", "college"));

        assertEquals(List.of("orgs.csv row 4, field type", "users.csv row 6, field role", "users.csv row 7, field email",
                "users.csv row 8, field sourcedId", "classes.csv row 3, field schoolSourcedId",
                "enrollments.csv row 5, field userSourcedId"),
                report.problems().stream().map(RosterProblem::location).toList());
        RosterImportException thrown = assertThrows(RosterImportException.class,
                () -> new OneRosterReader().readFiles(maple().row("orgs.csv", "sourcedId", "s2", "name", "Cedar",
                        "type", "college").files()));
        assertTrue(thrown.getMessage().startsWith("The OneRoster export has 1 problem"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("orgs.csv row 4, field type: 'college'"), thrown.getMessage());
    }

    @Test
    void aFileThatIsNotCsvText() {
        byte[] xlsx = OneRosterFixtures.zip(Map.of("xl/workbook.xml", new byte[]{1, 2, 3}));
        byte[] utf16 = "sourcedId,name\r\n".getBytes(StandardCharsets.UTF_16LE);

        RosterImportReport report = problemsReading(maple().file("users.csv", xlsx).file("orgs.csv", utf16));

        assertTrue(problemAt(report, "users.csv", 0, "").message().contains("Excel .xlsx"));
        assertTrue(problemAt(report, "orgs.csv", 0, "").message().contains("UTF-16"));
    }

    @Test
    void aFileInAnotherEncoding() {
        byte[] latin1 = maple().csv("users.csv").replace("Maya", "Maÿa").getBytes(StandardCharsets.ISO_8859_1);

        RosterImportReport report = problemsReading(maple().file("users.csv", latin1));

        assertTrue(problemAt(report, "users.csv", 0, "").message().contains("not UTF-8 text (the first bad "
                + "character is on line 3"), report.describe());
    }

    @Test
    void anEmptyFileAndAnUnclosedQuote() {
        byte[] broken = (maple().csv("classes.csv") + "c2,active,,\"Grade 3 Art,,,,,,s1,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        RosterImportReport report = problemsReading(maple().file("orgs.csv", new byte[0]).file("classes.csv", broken));

        assertTrue(problemAt(report, "orgs.csv", 0, "").message().startsWith("is empty"));
        assertTrue(problemAt(report, "classes.csv", 3, "").message().contains("never closed"), report.describe());
    }

    @Test
    void aRowWithMoreValuesThanColumns() {
        byte[] shifted = (maple().csv("classes.csv") + "c2,active,,Grade 3 Art, Music,,,,,,s1,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        RosterImportReport report = problemsReading(maple().file("classes.csv", shifted));

        assertTrue(problemAt(report, "classes.csv", 3, "").message().contains("has 15 values but the header has 14"));
    }

    @Test
    void rowNumbersCountBlankLinesAndStayOnOneRowForMultilineValues() {
        String users = maple().csv("users.csv");
        String withBlankLineAndMultiline = users.replace("Maya", "\"Maya\nRose\"") + "\r\n"
                + "u9,active,,true,s1,techer,slee,,Sam,Lee,,,,,,,,\r\n";

        RosterImportReport report = problemsReading(maple()
                .file("users.csv", withBlankLineAndMultiline.getBytes(StandardCharsets.UTF_8)));

        problemAt(report, "users.csv", 7, "role");
    }

    @Test
    void anUploadWithNoneOfTheFiles() {
        RosterImportReport files = problemsReading(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        RosterImportReport zip = problemsReadingZip(OneRosterFixtures.zip(
                Map.of("roster.xlsx", new byte[]{1}, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8))));

        assertTrue(problemAt(files, "upload", 0, "").message().startsWith("contains none of the OneRoster files"));
        RosterProblem problem = problemAt(zip, "zip file", 0, "");
        assertTrue(problem.message().contains("none of the OneRoster files (orgs.csv, users.csv, classes.csv, "
                + "enrollments.csv)"), problem.message());
        assertEquals(1, zip.totalProblems());
    }

    @Test
    void anUploadThatIsNotAZip() {
        RosterImportReport report = problemsReadingZip(maple().files().get("users.csv"));

        assertTrue(problemAt(report, "zip file", 0, "").message().startsWith("is not a zip archive"));
    }

    @Test
    void aZipWithAFileTwice() {
        Map<String, byte[]> twice = new LinkedHashMap<>(maple().files());
        twice.put("old/users.csv", maple().files().get("users.csv"));

        assertTrue(problemAt(problemsReadingZip(OneRosterFixtures.zip(twice)), "zip file", 0, "")
                .message().contains("users.csv more than once"));
    }

    @Test
    void problemsBeyondTheLimitAreCountedNotListed() {
        RosterExportBuilder export = maple();
        for (int i = 0; i < 30; i++) {
            export.student("x" + i, "Sam", "Lee", "s1").with("role", "techer");
        }
        OneRosterReader reader = new OneRosterReader(RosterLimits.defaults().withMaxProblems(10));

        RosterImportReport report = assertThrows(RosterImportException.class,
                () -> reader.readFiles(export.files())).report();

        assertEquals(10, report.problems().size());
        assertEquals(30, report.totalProblems());
        assertTrue(report.describe().endsWith("... and 20 more problems not listed."));
    }
}
