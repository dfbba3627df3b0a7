package org.chalkpress.policy;

import java.time.LocalDate;

/** What the policy rules may know about a student on a class roster. */
public record RosterStudent(String givenName, String familyName, String studentNumber,
                            LocalDate birthDate, boolean directoryOptOut) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
