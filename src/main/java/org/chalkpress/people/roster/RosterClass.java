package org.chalkpress.people.roster;

import java.util.Objects;

/**
 * A class from classes.csv: the unit a class site is made for.
 *
 * @param classCode       the school's code for it (e.g. {@code SCI-3A}), or {@code null}
 * @param courseSourcedId the course it is a section of, or {@code null}
 */
public record RosterClass(String sourcedId, String title, String classCode, String schoolSourcedId,
                          String courseSourcedId) {

    public RosterClass {
        Objects.requireNonNull(sourcedId, "sourcedId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schoolSourcedId, "schoolSourcedId");
    }
}
