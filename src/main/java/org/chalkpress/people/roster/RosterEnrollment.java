package org.chalkpress.people.roster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person in a class, from enrollments.csv.
 *
 * @param primary   for teachers, whether this is the class's main teacher
 * @param beginDate {@code null} when blank
 * @param endDate   {@code null} when blank
 */
public record RosterEnrollment(String sourcedId, String classSourcedId, String schoolSourcedId,
                               String userSourcedId, EnrollmentRole role, boolean primary,
                               LocalDate beginDate, LocalDate endDate) {

    public RosterEnrollment {
        Objects.requireNonNull(sourcedId, "sourcedId");
        Objects.requireNonNull(classSourcedId, "classSourcedId");
        Objects.requireNonNull(schoolSourcedId, "schoolSourcedId");
        Objects.requireNonNull(userSourcedId, "userSourcedId");
        Objects.requireNonNull(role, "role");
    }
}
