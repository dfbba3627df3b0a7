package org.chalkpress.people.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A valid OneRoster 1.1 export of the Lakeside Unified School District, for any test that needs a
 * roster: one district, two schools (Maple Elementary s1, Cedar Middle School s2), three classes
 * (c1 and c2 at s1, c3 at s2), two teachers (t1, t2), ten students (st1-st10) and four guardians
 * (g1-g4), as CSV files under src/test/resources/oneroster/valid.
 */
public final class OneRosterFixtures {

    public static final List<String> VALID_FILES = List.of("manifest.csv", "orgs.csv", "academicSessions.csv",
            "courses.csv", "classes.csv", "users.csv", "enrollments.csv");
    public static final int ORGS = 3;
    public static final int SCHOOLS = 2;
    public static final int CLASSES = 3;
    public static final int TEACHERS = 2;
    public static final int STUDENTS = 10;
    public static final int GUARDIANS = 4;
    public static final int USERS = TEACHERS + STUDENTS + GUARDIANS;
    public static final int ENROLLMENTS = 16;

    private OneRosterFixtures() {
    }

    /** The export as individually uploaded files, keyed by file name. */
    public static Map<String, byte[]> validExportFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : VALID_FILES) {
            try (InputStream in = OneRosterFixtures.class.getResourceAsStream("/oneroster/valid/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Test resource oneroster/valid/" + name + " is missing");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The same export as the zip a student information system produces. */
    public static byte[] validExportZip() {
        return zip(validExportFiles());
    }

    /** The snapshot the valid export reads to. */
    public static RosterSnapshot validSnapshot() {
        return new OneRosterReader().readFiles(validExportFiles());
    }

    /** Zips entries in the given order; names may include folders, e.g. {@code export/users.csv}. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
