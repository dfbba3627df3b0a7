package org.chalkpress.people.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OneRoster 1.1 CSV files Chalkpress reads, with the columns it cannot do without. Other columns
 * the standard defines (and any a vendor adds) are read when present and otherwise ignored, so an
 * export is not refused for a column Chalkpress never uses.
 */
public enum OneRosterFile {
    ORGS("orgs.csv", true, List.of("sourcedId", "name", "type")),
    USERS("users.csv", true, List.of("sourcedId", "orgSourcedIds", "role", "username", "givenName", "familyName")),
    CLASSES("classes.csv", true, List.of("sourcedId", "title", "schoolSourcedId")),
    ENROLLMENTS("enrollments.csv", true,
            List.of("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role")),
    ACADEMIC_SESSIONS("academicSessions.csv", false, List.of("sourcedId")),
    COURSES("courses.csv", false, List.of("sourcedId")),
    MANIFEST("manifest.csv", false, List.of());

    private final String fileName;
    private final boolean required;
    private final List<String> requiredColumns;

    OneRosterFile(String fileName, boolean required, List<String> requiredColumns) {
        this.fileName = fileName;
        this.required = required;
        this.requiredColumns = requiredColumns;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Matches {@code users.csv}, {@code Users.CSV} or {@code export/users.csv}; folders inside a zip are common. */
    public static Optional<OneRosterFile> forName(String pathOrName) {
        String name = pathOrName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim().toLowerCase(Locale.ROOT);
        String wanted = name;
        return Arrays.stream(values()).filter(f -> f.fileName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    static List<String> requiredFileNames() {
        return Arrays.stream(values()).filter(OneRosterFile::isRequired).map(OneRosterFile::fileName).toList();
    }

    /** Sort key for reports: archive-level problems first, then files in the order they are fixed. */
    static int order(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName))
                .mapToInt(Enum::ordinal).findFirst().orElse(-1);
    }
}
