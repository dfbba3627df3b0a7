package org.chalkpress.people.roster;

import java.util.List;
import java.util.Objects;

/**
 * A person from users.csv.
 *
 * @param identifier      the student number (or staff number) the district uses; {@code null} when blank
 * @param middleName      {@code null} when blank
 * @param email           {@code null} when blank; otherwise checked to look like an address
 * @param enabled         enabledUser; a blank or missing column counts as enabled
 * @param orgSourcedIds   the schools or district the person belongs to, in the export's order
 * @param agentSourcedIds for a student, their guardians; for a guardian, their students
 */
public record RosterUser(String sourcedId, RosterRole role, String username, String givenName, String familyName,
                         String middleName, String identifier, String email, boolean enabled,
                         List<String> orgSourcedIds, List<String> agentSourcedIds, List<String> grades) {

    public RosterUser {
        Objects.requireNonNull(sourcedId, "sourcedId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        orgSourcedIds = List.copyOf(orgSourcedIds);
        agentSourcedIds = List.copyOf(agentSourcedIds);
        grades = List.copyOf(grades);
    }

    /** The student number, which is OneRoster's {@code identifier}. */
    public String studentNumber() {
        return identifier;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
