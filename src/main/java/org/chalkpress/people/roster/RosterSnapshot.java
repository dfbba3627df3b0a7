package org.chalkpress.people.roster;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated OneRoster export: every reference in it resolves, every role and type is known.
 * Each list is sorted by sourcedId, so two reads of the same export are {@code equals}, whatever
 * order the district's system wrote the rows in. dateLastModified is checked but not kept, so a
 * re-export of unchanged data also compares equal.
 */
public record RosterSnapshot(List<RosterOrg> orgs, List<RosterUser> users, List<RosterClass> classes,
                             List<RosterEnrollment> enrollments, RosterDeletions deletions) {

    public RosterSnapshot {
        orgs = sortedBy(orgs, RosterOrg::sourcedId);
        users = sortedBy(users, RosterUser::sourcedId);
        classes = sortedBy(classes, RosterClass::sourcedId);
        enrollments = sortedBy(enrollments, RosterEnrollment::sourcedId);
        Objects.requireNonNull(deletions, "deletions");
    }

    public Optional<RosterOrg> org(String sourcedId) {
        return orgs.stream().filter(o -> o.sourcedId().equals(sourcedId)).findFirst();
    }

    public Optional<RosterUser> user(String sourcedId) {
        return users.stream().filter(u -> u.sourcedId().equals(sourcedId)).findFirst();
    }

    public Optional<RosterClass> rosterClass(String sourcedId) {
        return classes.stream().filter(c -> c.sourcedId().equals(sourcedId)).findFirst();
    }

    public List<RosterOrg> schools() {
        return orgs.stream().filter(RosterOrg::isSchool).toList();
    }

    public List<RosterUser> usersWithRole(RosterRole role) {
        return users.stream().filter(u -> u.role() == role).toList();
    }

    public List<RosterEnrollment> enrollmentsIn(String classSourcedId) {
        return enrollments.stream().filter(e -> e.classSourcedId().equals(classSourcedId)).toList();
    }

    /** The people enrolled in a class with the given role, sorted by sourcedId. */
    public List<RosterUser> members(String classSourcedId, EnrollmentRole role) {
        return enrollmentsIn(classSourcedId).stream().filter(e -> e.role() == role)
                .map(e -> user(e.userSourcedId())).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RosterUser::sourcedId)).toList();
    }

    /**
     * A student's guardians, parents and relatives. OneRoster lets either side carry the link (the
     * guardian's agentSourcedIds naming the student, or the student's naming the guardian), so both count.
     */
    public List<RosterUser> guardiansOf(String studentSourcedId) {
        Optional<RosterUser> student = user(studentSourcedId);
        Collection<String> named = student.map(RosterUser::agentSourcedIds).orElse(List.of());
        return users.stream()
                .filter(u -> u.role().isGuardian())
                .filter(u -> u.agentSourcedIds().contains(studentSourcedId) || named.contains(u.sourcedId()))
                .toList();
    }

    /** The students a guardian, parent or relative is linked to, either way round. */
    public List<RosterUser> studentsOf(String guardianSourcedId) {
        Collection<String> named = user(guardianSourcedId).map(RosterUser::agentSourcedIds).orElse(List.of());
        return users.stream()
                .filter(u -> u.role() == RosterRole.STUDENT)
                .filter(u -> u.agentSourcedIds().contains(guardianSourcedId) || named.contains(u.sourcedId()))
                .toList();
    }

    private static <T> List<T> sortedBy(List<T> items, Function<T, String> id) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(id)).toList();
        long distinct = sorted.stream().map(id).collect(Collectors.toSet()).size();
        if (distinct != sorted.size()) {
            throw new IllegalArgumentException("A snapshot cannot hold two rows with the same sourcedId");
        }
        return sorted;
    }
}
