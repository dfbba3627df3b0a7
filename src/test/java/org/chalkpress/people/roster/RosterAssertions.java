package org.chalkpress.people.roster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

/** Reading exports that should fail, and finding the one problem a test is about. */
final class RosterAssertions {

    private RosterAssertions() {
    }

    static RosterImportReport problemsReading(Map<String, byte[]> files) {
        return assertThrows(RosterImportException.class, () -> new OneRosterReader().readFiles(files)).report();
    }

    static RosterImportReport problemsReadingZip(byte[] zip) {
        return problemsReadingZip(zip, new OneRosterReader());
    }

    static RosterImportReport problemsReadingZip(byte[] zip, OneRosterReader reader) {
        return assertThrows(RosterImportException.class, () -> reader.readZip(zip)).report();
    }

    static RosterImportReport problemsReading(RosterExportBuilder export) {
        return problemsReading(export.files());
    }

    /** The problem at file, row and field, failing with the whole report when there is none. */
    static RosterProblem problemAt(RosterImportReport report, String file, int row, String field) {
        return report.problems().stream()
                .filter(p -> p.file().equals(file) && p.row() == row && p.field().equals(field))
                .findFirst()
                .orElseGet(() -> fail("No problem at " + file + " row " + row + " field '" + field
                        + "'; the report was:\n" + report.describe()));
    }
}
