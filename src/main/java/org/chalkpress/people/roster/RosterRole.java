package org.chalkpress.people.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The role of a person in users.csv (OneRoster 1.1). */
public enum RosterRole {
    ADMINISTRATOR, AIDE, GUARDIAN, PARENT, RELATIVE, STUDENT, TEACHER;

    /** The value as written in users.csv, e.g. {@code teacher}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Guardians, parents and relatives are the adults linked to a student through agentSourcedIds. */
    public boolean isGuardian() {
        return this == GUARDIAN || this == PARENT || this == RELATIVE;
    }

    static Optional<RosterRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(RosterRole::code).collect(Collectors.joining(", "));
    }
}
