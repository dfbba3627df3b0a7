package org.chalkpress.people.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The files of one OneRoster export, checked row by row and then as a whole. Rows are read as a full
 * ("bulk") export: every reference must resolve inside the same upload. Rows marked
 * {@code status=tobedeleted} are checked only for their sourcedId and status and become deletions;
 * an active row that still points at one of them is a problem.
 */
final class RosterExport {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+");
    private static final Set<String> CLASS_TYPES = Set.of("homeroom", "scheduled");

    private final Map<OneRosterFile, byte[]> files;
    private final ProblemLog log;

    private final Ids orgIds = new Ids(OneRosterFile.ORGS, "org");
    private final Ids userIds = new Ids(OneRosterFile.USERS, "user");
    private final Ids classIds = new Ids(OneRosterFile.CLASSES, "class");
    private final Ids enrollmentIds = new Ids(OneRosterFile.ENROLLMENTS, "enrollment");
    private final Ids courseIds = new Ids(OneRosterFile.COURSES, "course");
    private final Ids sessionIds = new Ids(OneRosterFile.ACADEMIC_SESSIONS, "academic session");
    private final Map<String, OrgType> orgTypes = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    RosterExport(Map<OneRosterFile, byte[]> files, ProblemLog log) {
        this.files = files;
        this.log = log;
    }

    /** The snapshot, or empty when the log holds at least one problem. */
    Optional<RosterSnapshot> validate() {
        for (OneRosterFile file : OneRosterFile.values()) {
            if (file.isRequired() && !files.containsKey(file)) {
                log.fileProblem(file.fileName(), "is missing; a OneRoster 1.1 export needs "
                        + String.join(", ", OneRosterFile.requiredFileNames()) + ", so include it in the upload");
            }
        }
        List<RosterOrg> orgs = readAll(OneRosterFile.ORGS, orgIds, this::org);
        List<RosterUser> users = readAll(OneRosterFile.USERS, userIds, this::user);
        List<RosterClass> classes = readAll(OneRosterFile.CLASSES, classIds, this::rosterClass);
        List<RosterEnrollment> enrollments = readAll(OneRosterFile.ENROLLMENTS, enrollmentIds, this::enrollment);
        readAll(OneRosterFile.COURSES, courseIds, row -> null);
        readAll(OneRosterFile.ACADEMIC_SESSIONS, sessionIds, row -> null);
        references.forEach(this::resolve);
        if (!log.isEmpty()) {
            return Optional.empty();
        }
        RosterDeletions deletions = new RosterDeletions(List.copyOf(orgIds.deleted),
                List.copyOf(userIds.deleted), List.copyOf(classIds.deleted), List.copyOf(enrollmentIds.deleted));
        return Optional.of(new RosterSnapshot(orgs, users, classes, enrollments, deletions));
    }

    private interface RowReader<T> {
        T read(CsvRow row);
    }

    private <T> List<T> readAll(OneRosterFile file, Ids ids, RowReader<T> reader) {
        List<T> records = new ArrayList<>();
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return records;
        }
        Optional<CsvTable> table = CsvTable.read(file, bytes, log);
        if (table.isEmpty()) {
            return records;
        }
        ids.readable = true;
        for (CsvRow row : table.get().rows()) {
            String sourcedId = row.required("sourcedId", "every row needs the sourcedId that identifies it", log);
            boolean deleted = isToBeDeleted(row);
            checkDateTime(row, "dateLastModified");
            if (sourcedId == null || !ids.claim(sourcedId, row, log)) {
                continue;
            }
            if (deleted) {
                ids.deleted.add(sourcedId);
                continue;
            }
            ids.active.add(sourcedId);
            T record = reader.read(row);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private RosterOrg org(CsvRow row) {
        String sourcedId = row.value("sourcedId");
        String name = row.required("name", "every org needs a name, such as 'Maple Elementary'", log);
        OrgType type = choice(row, "type", OrgType::fromCode, "an org type", OrgType.allowed());
        String parent = row.optional("parentSourcedId");
        if (parent != null) {
            references.add(new Reference(row, "parentSourcedId", parent, orgIds, false));
        }
        if (type != null) {
            orgTypes.put(sourcedId, type);
        }
        if (name == null || type == null) {
            return null;
        }
        return new RosterOrg(sourcedId, name, type, row.optional("identifier"), parent);
    }

    private RosterUser user(CsvRow row) {
        RosterRole role = choice(row, "role", RosterRole::fromCode, "a OneRoster role", RosterRole.allowed());
        String username = row.required("username", "every user needs the username they sign in with", log);
        String givenName = row.required("givenName", "every user needs a given (first) name", log);
        String familyName = row.required("familyName", "every user needs a family (last) name", log);
        String email = row.optional("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            row.problem(log, "email", email, "'" + email + "' is not an e-mail address; correct it (one address, "
                    + "like name@school.org) or leave the field blank");
        }
        boolean enabled = bool(row, "enabledUser", true);
        List<String> orgs = row.list("orgSourcedIds");
        if (orgs.isEmpty()) {
            row.problem(log, "orgSourcedIds", "", "is empty; every user needs the sourcedId of at least one "
                    + "school or district from orgs.csv");
        }
        orgs.forEach(org -> references.add(new Reference(row, "orgSourcedIds", org, orgIds, false)));
        List<String> agents = row.list("agentSourcedIds");
        agents.forEach(agent -> references.add(new Reference(row, "agentSourcedIds", agent, userIds, false)));
        if (role == null || username == null || givenName == null || familyName == null) {
            return null;
        }
        return new RosterUser(row.value("sourcedId"), role, username, givenName, familyName,
                row.optional("middleName"), row.optional("identifier"), email, enabled, orgs, agents,
                row.list("grades"));
    }

    private RosterClass rosterClass(CsvRow row) {
        String title = row.required("title", "every class needs a title, such as 'Grade 3 Science'", log);
        String school = row.required("schoolSourcedId", "every class needs the sourcedId of its school "
                + "from orgs.csv", log);
        if (school != null) {
            references.add(new Reference(row, "schoolSourcedId", school, orgIds, true));
        }
        String course = row.optional("courseSourcedId");
        if (course != null) {
            references.add(new Reference(row, "courseSourcedId", course, courseIds, false));
        }
        row.list("termSourcedIds").forEach(term ->
                references.add(new Reference(row, "termSourcedIds", term, sessionIds, false)));
        String classType = row.optional("classType");
        if (classType != null && !CLASS_TYPES.contains(classType.toLowerCase(Locale.ROOT))) {
            row.problem(log, "classType", classType, "'" + classType + "' is not a OneRoster class type; use "
                    + "homeroom or scheduled");
        }
        if (title == null || school == null) {
            return null;
        }
        return new RosterClass(row.value("sourcedId"), title, row.optional("classCode"), school, course);
    }

    private RosterEnrollment enrollment(CsvRow row) {
        String classId = row.required("classSourcedId", "every enrollment needs the sourcedId of a class "
                + "from classes.csv", log);
        String schoolId = row.required("schoolSourcedId", "every enrollment needs the sourcedId of the "
                + "class's school from orgs.csv", log);
        String userId = row.required("userSourcedId", "every enrollment needs the sourcedId of a user "
                + "from users.csv", log);
        EnrollmentRole role = choice(row, "role", EnrollmentRole::fromCode, "an enrollment role",
                EnrollmentRole.allowed());
        boolean primary = bool(row, "primary", false);
        LocalDate begin = date(row, "beginDate");
        LocalDate end = date(row, "endDate");
        if (begin != null && end != null && end.isBefore(begin)) {
            row.problem(log, "endDate", row.value("endDate"), "'" + end + "' is before the beginDate " + begin
                    + "; correct one of the two dates");
        }
        if (classId != null) {
            references.add(new Reference(row, "classSourcedId", classId, classIds, false));
        }
        if (schoolId != null) {
            references.add(new Reference(row, "schoolSourcedId", schoolId, orgIds, true));
        }
        if (userId != null) {
            references.add(new Reference(row, "userSourcedId", userId, userIds, false));
        }
        if (classId == null || schoolId == null || userId == null || role == null) {
            return null;
        }
        return new RosterEnrollment(row.value("sourcedId"), classId, schoolId, userId, role, primary, begin, end);
    }

    private boolean isToBeDeleted(CsvRow row) {
        String status = row.value("status");
        if (status.isEmpty() || status.equalsIgnoreCase("active")) {
            return false;
        }
        if (status.equalsIgnoreCase("tobedeleted")) {
            return true;
        }
        row.problem(log, "status", status, "'" + status + "' is not a OneRoster status; use active or "
                + "tobedeleted, or leave it blank for active");
        return false;
    }

    private <E> E choice(CsvRow row, String column, Function<String, Optional<E>> parse,
                         String what, String allowed) {
        String value = row.required(column, "use one of " + allowed, log);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            row.problem(log, column, value, "'" + value + "' is not " + what + "; use one of " + allowed);
        }
        return parsed.orElse(null);
    }

    private boolean bool(CsvRow row, String column, boolean blank) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return blank;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        row.problem(log, column, value, "'" + value + "' is not true or false; write true or false");
        return blank;
    }

    private LocalDate date(CsvRow row, String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            row.problem(log, column, value, "'" + value + "' is not a date; write it as YYYY-MM-DD, "
                    + "for example 2024-08-26");
            return null;
        }
    }

    private void checkDateTime(CsvRow row, String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return;
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException notDate) {
                row.problem(log, column, value, "'" + value + "' is not a date and time; write it in ISO 8601, "
                        + "for example 2024-08-15T13:45:00.000Z");
            }
        }
    }

    private void resolve(Reference ref) {
        Ids target = ref.target;
        if (!target.readable) {
            return;
        }
        String file = target.file.fileName();
        if (target.deleted.contains(ref.value)) {
            ref.row.problem(log, ref.field, ref.value, "'" + ref.value + "' is marked tobedeleted in " + file
                    + "; mark this row tobedeleted too, or keep the " + target.noun + " active");
        } else if (!target.active.contains(ref.value)) {
            ref.row.problem(log, ref.field, ref.value, "'" + ref.value + "' is not a sourcedId in " + file
                    + "; correct the reference or add the " + target.noun + " to " + file);
        } else if (ref.mustBeSchool && orgTypes.containsKey(ref.value) && orgTypes.get(ref.value) != OrgType.SCHOOL) {
            ref.row.problem(log, ref.field, ref.value, "'" + ref.value + "' is a " + orgTypes.get(ref.value).code()
                    + " in orgs.csv, not a school; use the sourcedId of the school the class is taught at");
        }
    }

    /** The sourcedIds seen in one file, and whether the file could be read at all. */
    private static final class Ids {
        final OneRosterFile file;
        final String noun;
        final Map<String, Integer> firstRow = new HashMap<>();
        final Set<String> active = new LinkedHashSet<>();
        final Set<String> deleted = new LinkedHashSet<>();
        boolean readable;

        Ids(OneRosterFile file, String noun) {
            this.file = file;
            this.noun = noun;
        }

        boolean claim(String sourcedId, CsvRow row, ProblemLog log) {
            Integer earlier = firstRow.putIfAbsent(sourcedId, row.row());
            if (earlier != null) {
                row.problem(log, "sourcedId", sourcedId, "'" + sourcedId + "' is already the sourcedId of row "
                        + earlier + "; every sourcedId in " + file.fileName() + " must be unique, so remove the "
                        + "repeated row or give it its own sourcedId");
                return false;
            }
            return true;
        }
    }

    private record Reference(CsvRow row, String field, String value, Ids target, boolean mustBeSchool) {
    }
}
