package org.chalkpress.people.roster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds OneRoster CSV exports in tests, readably:
 * {@code aRoster().school("s1", "Maple Elementary").teacher("t1", "Ada", "Okafor", "s1").files()}.
 * {@link #with(String, String)} changes a value in the row added last, which is how tests break a
 * single field. Row numbers are as a spreadsheet shows them: the header is row 1.
 */
public final class RosterExportBuilder {

    public static final List<String> ORG_COLUMNS = List.of("sourcedId", "status", "dateLastModified", "name", "type",
            "identifier", "parentSourcedId");
    public static final List<String> USER_COLUMNS = List.of("sourcedId", "status", "dateLastModified", "enabledUser",
            "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName", "middleName", "identifier",
            "email", "sms", "phone", "agentSourcedIds", "grades", "password");
    public static final List<String> CLASS_COLUMNS = List.of("sourcedId", "status", "dateLastModified", "title",
            "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds",
            "subjects", "subjectCodes", "periods");
    public static final List<String> ENROLLMENT_COLUMNS = List.of("sourcedId", "status", "dateLastModified",
            "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate");

    private static final String MODIFIED = "2024-08-15T13:45:00.000Z";

    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final Map<String, String> classSchools = new LinkedHashMap<>();
    private Map<String, String> last;
    private String district;
    private int studentNumber = 100001;
    private boolean bom;

    private RosterExportBuilder() {
        columns.put("orgs.csv", new ArrayList<>(ORG_COLUMNS));
        columns.put("users.csv", new ArrayList<>(USER_COLUMNS));
        columns.put("classes.csv", new ArrayList<>(CLASS_COLUMNS));
        columns.put("enrollments.csv", new ArrayList<>(ENROLLMENT_COLUMNS));
        columns.keySet().forEach(file -> rows.put(file, new ArrayList<>()));
    }

    public static RosterExportBuilder aRoster() {
        return new RosterExportBuilder();
    }

    public RosterExportBuilder district(String id, String name) {
        district = id;
        return row("orgs.csv", "sourcedId", id, "name", name, "type", "district");
    }

    /** A school, under the district added before it if there is one. */
    public RosterExportBuilder school(String id, String name) {
        return row("orgs.csv", "sourcedId", id, "name", name, "type", "school",
                "parentSourcedId", district == null ? "" : district);
    }

    public RosterExportBuilder teacher(String id, String givenName, String familyName, String schoolId) {
        return user(id, "teacher", givenName, familyName, schoolId)
                .with("email", (givenName + "." + familyName + "@lakeside.example").toLowerCase());
    }

    /** A student with the next student number (identifier) from 100001 on. */
    public RosterExportBuilder student(String id, String givenName, String familyName, String schoolId) {
        return user(id, "student", givenName, familyName, schoolId).with("identifier", String.valueOf(studentNumber++));
    }

    /** A guardian linked to students through agentSourcedIds. */
    public RosterExportBuilder guardian(String id, String givenName, String familyName, String schoolId,
                                        String... studentIds) {
        return user(id, "guardian", givenName, familyName, schoolId)
                .with("agentSourcedIds", String.join(",", studentIds));
    }

    public RosterExportBuilder user(String id, String role, String givenName, String familyName, String orgIds) {
        return row("users.csv", "sourcedId", id, "enabledUser", "true", "orgSourcedIds", orgIds, "role", role,
                "username", (givenName.charAt(0) + familyName).toLowerCase(), "givenName", givenName,
                "familyName", familyName);
    }

    public RosterExportBuilder rosterClass(String id, String title, String schoolId) {
        classSchools.put(id, schoolId);
        return row("classes.csv", "sourcedId", id, "title", title, "classCode", id.toUpperCase(),
                "classType", "scheduled", "schoolSourcedId", schoolId);
    }

    /** Enrols a user, taking the school from the class when the class was added by this builder. */
    public RosterExportBuilder enrol(String userId, String classId, String role) {
        return row("enrollments.csv", "sourcedId", "e-" + classId + "-" + userId, "classSourcedId", classId,
                "schoolSourcedId", classSchools.getOrDefault(classId, ""), "userSourcedId", userId, "role", role,
                "primary", role.equals("teacher") ? "true" : "false", "beginDate", "2024-08-26",
                "endDate", "2025-06-13");
    }

    /** A raw row; unnamed columns stay blank and status is active unless given. */
    public RosterExportBuilder row(String file, String... columnValuePairs) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("status", "active");
        row.put("dateLastModified", MODIFIED);
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        rows.get(file).add(row);
        last = row;
        return this;
    }

    /** Sets a value in the row added last. */
    public RosterExportBuilder with(String column, String value) {
        last.put(column, value);
        return this;
    }

    public RosterExportBuilder columnOrder(String file, String... order) {
        columns.put(file, new ArrayList<>(Arrays.asList(order)));
        return this;
    }

    public RosterExportBuilder reversedColumns(String file) {
        List<String> reversed = new ArrayList<>(columns.get(file));
        Collections.reverse(reversed);
        columns.put(file, reversed);
        return this;
    }

    public RosterExportBuilder extraColumn(String file, String column) {
        columns.get(file).add(column);
        return this;
    }

    public RosterExportBuilder withoutColumn(String file, String column) {
        columns.get(file).remove(column);
        return this;
    }

    public RosterExportBuilder withoutFile(String file) {
        columns.remove(file);
        return this;
    }

    /** Replaces a file's content with raw bytes (binary, another encoding, broken CSV). */
    public RosterExportBuilder file(String file, byte[] content) {
        replaced.put(file, content);
        return this;
    }

    /** Writes every file with a UTF-8 byte order mark, as Excel's 'CSV UTF-8' does. */
    public RosterExportBuilder withBom() {
        bom = true;
        return this;
    }

    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        columns.forEach((file, header) -> files.put(file, csv(header, rows.get(file))));
        files.putAll(replaced);
        return files;
    }

    public byte[] zip() {
        return OneRosterFixtures.zip(files());
    }

    public String csv(String file) {
        return new String(files().get(file), StandardCharsets.UTF_8);
    }

    private byte[] csv(List<String> header, List<Map<String, String>> fileRows) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        text.append(header.stream().map(RosterExportBuilder::quoted).collect(Collectors.joining(","))).append("\r\n");
        for (Map<String, String> row : fileRows) {
            text.append(header.stream().map(c -> quoted(row.getOrDefault(c, "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
