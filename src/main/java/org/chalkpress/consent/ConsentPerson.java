package org.chalkpress.consent;

import org.chalkpress.people.Account;

/**
 * The person a release is about, as the explanations need them: their name, and whether they speak for
 * themselves (staff) or their guardian speaks for them (students).
 */
public record ConsentPerson(long accountId, String name, boolean staff) {

    public static ConsentPerson of(Account account) {
        return new ConsentPerson(account.id(), account.displayName(), account.role().isStaff());
    }

    /** "Maya Rivera's guardian" or "Jane Hill": who gives or refuses. */
    String whoAnswers() {
        return staff ? name : name + "'s guardian";
    }

    /** "media release" for a student, "permission" for staff. */
    String whatIsGiven() {
        return staff ? "permission" : "media release";
    }
}
