package org.chalkpress.policy;

import java.time.LocalDate;

/**
 * What the policy rules may know about a student on a class roster.
 *
 * @param namedInPublic whether the family has given consent (NAME_PUBLIC, from the consent registry) for the
 *                      student's name on pages anyone on the internet can read; the gate always fills it in
 */
public record RosterStudent(String givenName, String familyName, String studentNumber,
                            LocalDate birthDate, boolean directoryOptOut, boolean namedInPublic) {

    /** A student with no consent information (rule tests and the policy corpus): public naming not restricted. */
    public RosterStudent(String givenName, String familyName, String studentNumber, LocalDate birthDate,
                         boolean directoryOptOut) {
        this(givenName, familyName, studentNumber, birthDate, directoryOptOut, true);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The same student, with the consent registry's answer on public naming. */
    public RosterStudent withNamedInPublic(boolean allowed) {
        return new RosterStudent(givenName, familyName, studentNumber, birthDate, directoryOptOut, allowed);
    }
}
