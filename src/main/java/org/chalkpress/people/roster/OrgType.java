package org.chalkpress.people.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The OneRoster 1.1 org types. */
public enum OrgType {
    DEPARTMENT, SCHOOL, DISTRICT, LOCAL, STATE, NATIONAL;

    /** The value as written in orgs.csv, e.g. {@code school}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<OrgType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(OrgType::code).collect(Collectors.joining(", "));
    }
}
