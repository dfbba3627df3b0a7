package org.chalkpress.people.roster;

import java.util.Collection;
import java.util.List;

/**
 * The sourcedIds an export marks {@code status=tobedeleted}, sorted. Such rows are not in the
 * snapshot's lists; whoever persists the snapshot removes (or disables) these.
 */
public record RosterDeletions(List<String> orgs, List<String> users, List<String> classes, List<String> enrollments) {

    public static final RosterDeletions NONE = new RosterDeletions(List.of(), List.of(), List.of(), List.of());

    public RosterDeletions {
        orgs = sorted(orgs);
        users = sorted(users);
        classes = sorted(classes);
        enrollments = sorted(enrollments);
    }

    public boolean isEmpty() {
        return orgs.isEmpty() && users.isEmpty() && classes.isEmpty() && enrollments.isEmpty();
    }

    private static List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted().distinct().toList();
    }
}
