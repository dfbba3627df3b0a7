package org.chalkpress.people.roster;

import static org.chalkpress.people.roster.RosterExportBuilder.aRoster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OneRosterReaderTest {

    private final OneRosterReader reader = new OneRosterReader();

    /** A small valid roster: orgs d1 (row 2), s1 (3); users t1 (2), st1 (3), st2 (4), g1 (5); class c1. */
    static RosterExportBuilder maple() {
        return aRoster().district("d1", "Lakeside USD").school("s1", "Maple Elementary")
                .teacher("t1", "Ada", "Okafor", "s1")
                .student("st1", "Maya", "Garcia", "s1")
                .student("st2", "Liam", "Nguyen", "s1")
                .guardian("g1", "Rosa", "Garcia", "s1", "st1")
                .rosterClass("c1", "Grade 3 Science", "s1")
                .enrol("t1", "c1", "teacher").enrol("st1", "c1", "student").enrol("st2", "c1", "student");
    }

    @Test
    void readsTheSampleDistrictExportWithItsCountsAndLinks() {
        RosterSnapshot roster = reader.readFiles(OneRosterFixtures.validExportFiles());

        assertEquals(OneRosterFixtures.ORGS, roster.orgs().size());
        assertEquals(OneRosterFixtures.SCHOOLS, roster.schools().size());
        assertEquals(OneRosterFixtures.USERS, roster.users().size());
        assertEquals(OneRosterFixtures.TEACHERS, roster.usersWithRole(RosterRole.TEACHER).size());
        assertEquals(OneRosterFixtures.STUDENTS, roster.usersWithRole(RosterRole.STUDENT).size());
        assertEquals(OneRosterFixtures.CLASSES, roster.classes().size());
        assertEquals(OneRosterFixtures.ENROLLMENTS, roster.enrollments().size());
        assertTrue(roster.deletions().isEmpty());

        assertEquals(new RosterOrg("s1", "Maple Elementary", OrgType.SCHOOL, "101", "d1"), roster.org("s1").orElseThrow());
        RosterClass reading = roster.rosterClass("c2").orElseThrow();
        assertEquals("Grade 3 Reading, Writing & Spelling", reading.title());
        assertEquals("ELA-3A", reading.classCode());
        assertEquals("s1", reading.schoolSourcedId());
        assertEquals(List.of("st1", "st2", "st3", "st4", "st5", "st6"),
                roster.members("c1", EnrollmentRole.STUDENT).stream().map(RosterUser::sourcedId).toList());
        assertEquals(List.of("t2"), roster.members("c3", EnrollmentRole.TEACHER).stream().map(RosterUser::sourcedId).toList());

        RosterUser jose = roster.user("st4").orElseThrow();
        assertEquals("José Núñez", jose.fullName());
        assertEquals("100004", jose.studentNumber());
        assertEquals(List.of("s2", "d1"), roster.user("t2").orElseThrow().orgSourcedIds());
        assertFalse(roster.user("st10").orElseThrow().enabled());
        assertEquals("ada.okafor@lakeside.example", roster.user("t1").orElseThrow().email());
        assertEquals(null, roster.user("st2").orElseThrow().email());

        assertEquals(List.of("g2"), ids(roster.guardiansOf("st2")));
        assertEquals(List.of("st2", "st3"), ids(roster.studentsOf("g2")));
        assertEquals(List.of("g4"), ids(roster.guardiansOf("st4")), "a link written on the student's side counts");
        assertEquals(List.of("st4"), ids(roster.studentsOf("g4")));
        assertEquals(List.of("g3"), ids(roster.guardiansOf("st7")));
        assertEquals(List.of(), ids(roster.guardiansOf("st9")));

        RosterEnrollment lastStudent = roster.enrollments().stream()
                .filter(e -> e.sourcedId().equals("e-c3-st10")).findFirst().orElseThrow();
        assertEquals(null, lastStudent.beginDate());
        RosterEnrollment teacher = roster.enrollments().get(0);
        assertEquals("e-c1-st1", teacher.sourcedId(), "enrollments are ordered by sourcedId");
        assertEquals(LocalDate.of(2025, 6, 13), teacher.endDate());
    }

    @Test
    void zipAndSeparateFilesGiveEqualSnapshots() {
        RosterSnapshot fromFiles = reader.readFiles(OneRosterFixtures.validExportFiles());
        RosterSnapshot fromZip = reader.readZip(OneRosterFixtures.validExportZip());

        assertEquals(fromFiles, fromZip);
        assertEquals(fromFiles.hashCode(), fromZip.hashCode());
    }

    @Test
    void readsAZipWhoseFilesSitInAFolder() {
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        OneRosterFixtures.validExportFiles().forEach((name, bytes) -> inFolder.put("lakeside-2024/" + name, bytes));
        inFolder.put("lakeside-2024/README.txt", "Exported nightly".getBytes(StandardCharsets.UTF_8));

        assertEquals(OneRosterFixtures.validSnapshot(), reader.readZip(OneRosterFixtures.zip(inFolder)));
    }

    @Test
    void rowOrderDoesNotChangeTheSnapshot() {
        Map<String, byte[]> shuffled = new LinkedHashMap<>(OneRosterFixtures.validExportFiles());
        for (String file : List.of("users.csv", "enrollments.csv", "orgs.csv")) {
            shuffled.put(file, reversedRows(shuffled.get(file)));
        }

        assertEquals(OneRosterFixtures.validSnapshot(), reader.readFiles(shuffled));
    }

    @Test
    void columnsMayComeInAnyOrder() {
        RosterSnapshot usual = reader.readFiles(maple().files());
        RosterSnapshot reordered = reader.readFiles(maple().reversedColumns("users.csv")
                .reversedColumns("enrollments.csv")
                .columnOrder("orgs.csv", "type", "name", "parentSourcedId", "sourcedId")
                .columnOrder("classes.csv", "schoolSourcedId", "classCode", "title", "sourcedId").files());

        assertEquals(usual, reordered);
        assertEquals(4, reordered.users().size());
    }

    @Test
    void unknownAndOptionalColumnsAreNotNeeded() {
        RosterSnapshot roster = reader.readFiles(maple().extraColumn("users.csv", "metadata.lunchCode")
                .with("metadata.lunchCode", "A7")
                .withoutColumn("users.csv", "email").withoutColumn("users.csv", "status")
                .withoutColumn("users.csv", "enabledUser").withoutColumn("classes.csv", "classCode").files());

        assertEquals(4, roster.users().size());
        assertTrue(roster.users().stream().allMatch(RosterUser::enabled));
        assertEquals(null, roster.rosterClass("c1").orElseThrow().classCode());
    }

    @Test
    void readsFilesWithAByteOrderMark() {
        RosterExportBuilder withBom = maple().withBom();
        assertTrue(withBom.csv("users.csv").startsWith("\uFEFFsourcedId"));

        assertEquals(reader.readFiles(maple().files()), reader.readFiles(withBom.files()));
        assertEquals(reader.readFiles(maple().files()), reader.readZip(withBom.zip()));
    }

    @Test
    void readsQuotedValuesWithCommasQuotesAndLineBreaks() {
        RosterSnapshot roster = reader.readFiles(maple()
                .rosterClass("c2", "Art, \"Music\"\nand Drama", "s1").files());

        assertEquals("Art, \"Music\"\nand Drama", roster.rosterClass("c2").orElseThrow().title());
    }

    @Test
    void rowsMarkedToBeDeletedBecomeDeletionsAndLeaveTheLists() {
        RosterSnapshot roster = reader.readFiles(maple()
                .student("st3", "Old", "Student", "s1").with("status", "tobedeleted")
                .rosterClass("c9", "Last Year's Art", "s1").with("status", "tobedeleted")
                .row("enrollments.csv", "sourcedId", "e-old", "status", "tobedeleted")
                .files());

        assertEquals(List.of("st3"), roster.deletions().users());
        assertEquals(List.of("c9"), roster.deletions().classes());
        assertEquals(List.of("e-old"), roster.deletions().enrollments());
        assertTrue(roster.user("st3").isEmpty());
        assertEquals(4, roster.users().size());
    }

    @Test
    void snapshotListsAreImmutable() {
        RosterSnapshot roster = OneRosterFixtures.validSnapshot();

        assertThrows(UnsupportedOperationException.class, () -> roster.users().clear());
        assertThrows(UnsupportedOperationException.class, () -> roster.users().get(0).orgSourcedIds().clear());
    }

    @Test
    void manifestAndOptionalFilesMayBeLeftOut() {
        Map<String, byte[]> onlyRequired = new LinkedHashMap<>(OneRosterFixtures.validExportFiles());
        onlyRequired.remove("manifest.csv");
        onlyRequired.remove("courses.csv");
        onlyRequired.remove("academicSessions.csv");

        assertEquals(OneRosterFixtures.validSnapshot(), reader.readFiles(onlyRequired));
    }

    private static List<String> ids(List<RosterUser> users) {
        return users.stream().map(RosterUser::sourcedId).toList();
    }

    private static byte[] reversedRows(byte[] csv) {
        List<String> lines = new ArrayList<>(List.of(new String(csv, StandardCharsets.UTF_8).split("\n")));
        String header = lines.remove(0);
        Collections.reverse(lines);
        return (header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
