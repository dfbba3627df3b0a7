package org.chalkpress.people.roster;

import static org.chalkpress.people.roster.OneRosterReaderTest.maple;
import static org.chalkpress.people.roster.RosterAssertions.problemAt;
import static org.chalkpress.people.roster.RosterAssertions.problemsReadingZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class OneRosterLimitsTest {

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] bomb = zipWithZeros("users.csv", 50L * 1024 * 1024);
        assertTrue(bomb.length < 200_000, "the test zip stays small: " + bomb.length);

        RosterImportReport report = problemsReadingZip(bomb);

        RosterProblem problem = problemAt(report, "zip file", 0, "");
        assertTrue(problem.message().contains("possible zip bomb"), problem.message());
        assertEquals(1, report.totalProblems());
    }

    @Test
    void refusesAZipBombHiddenInAnEntryThatWouldBeIgnored() throws IOException {
        RosterImportReport report = problemsReadingZip(zipWithZeros("padding.bin", 50L * 1024 * 1024));

        assertTrue(problemAt(report, "zip file", 0, "").message().contains("'padding.bin' expands more than 100"));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        OneRosterReader small = new OneRosterReader(RosterLimits.defaults().withMaxFileBytes(200));

        RosterImportReport fromFiles = assertThrows(RosterImportException.class,
                () -> small.readFiles(maple().files())).report();
        RosterImportReport fromZip = problemsReadingZip(maple().zip(), small);

        assertTrue(problemAt(fromFiles, "users.csv", 0, "").message().startsWith("is larger than 200 bytes"));
        assertTrue(problemAt(fromZip, "zip file", 0, "").message().contains("is larger than 200 bytes"));
    }

    @Test
    void defaultFileLimitIsTwentyMegabytes() {
        assertEquals(20L * 1024 * 1024, RosterLimits.defaults().maxFileBytes());
        byte[] big = new byte[20 * 1024 * 1024 + 1];

        RosterImportReport report = assertThrows(RosterImportException.class,
                () -> new OneRosterReader().readFiles(Map.of("users.csv", big))).report();

        assertTrue(problemAt(report, "users.csv", 0, "").message().startsWith("is larger than 20 MB"));
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        Map<String, byte[]> files = new LinkedHashMap<>(maple().files());
        for (int i = 0; i < 17; i++) {
            files.put("extra-" + i + ".txt", new byte[]{'x'});
        }

        RosterImportReport report = problemsReadingZip(OneRosterFixtures.zip(files));

        assertTrue(problemAt(report, "zip file", 0, "").message().startsWith("has more than 20 entries"));
    }

    @Test
    void twentyEntriesAreAllowed() {
        Map<String, byte[]> files = new LinkedHashMap<>(maple().files());
        for (int i = 0; i < 16; i++) {
            files.put("extra-" + i + ".txt", new byte[]{'x'});
        }

        assertEquals(4, new OneRosterReader().readZip(new ByteArrayInputStream(OneRosterFixtures.zip(files)))
                .users().size());
    }

    @Test
    void leavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        ByteArrayInputStream upload = new ByteArrayInputStream(maple().zip()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new OneRosterReader().readZip(upload);

        assertEquals(false, closed[0]);
    }

    private static byte[] zipWithZeros(String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
