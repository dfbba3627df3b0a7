package org.chalkpress.people.roster;

import java.util.Objects;

/**
 * A district, school or other org from orgs.csv.
 *
 * @param identifier      the district's own code for it, or {@code null} when blank
 * @param parentSourcedId the org above it (a school's district), or {@code null}
 */
public record RosterOrg(String sourcedId, String name, OrgType type, String identifier, String parentSourcedId) {

    public RosterOrg {
        Objects.requireNonNull(sourcedId, "sourcedId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public boolean isSchool() {
        return type == OrgType.SCHOOL;
    }
}
