package org.chalkpress.people.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The role of a person in one class, as written in enrollments.csv (OneRoster 1.1). */
public enum EnrollmentRole {
    ADMINISTRATOR, PROCTOR, STUDENT, TEACHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EnrollmentRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(EnrollmentRole::code).collect(Collectors.joining(", "));
    }
}
