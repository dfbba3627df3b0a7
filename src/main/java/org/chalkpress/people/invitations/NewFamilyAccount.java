package org.chalkpress.people.invitations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chalkpress.people.PasswordHasher;
import org.chalkpress.platform.EmailAddress;
import org.chalkpress.platform.InvalidInputException;

/** What a parent types to create their account with an invitation code, checked field by field. */
public record NewFamilyAccount(String username, String givenName, String familyName, String email,
                               String password) {

    /** The input once every field is acceptable. */
    public record Validated(String username, String givenName, String familyName, String email, String password) { }

    public Validated validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            errors.put("username", "Choose a username of 3 to 60 letters, digits, dots, dashes or underscores.");
        }
        String given = givenName == null ? "" : givenName.strip();
        String family = familyName == null ? "" : familyName.strip();
        if (given.isEmpty() || given.length() > 100) {
            errors.put("givenName", "Type your first name (up to 100 characters).");
        }
        if (family.isEmpty() || family.length() > 100) {
            errors.put("familyName", "Type your last name (up to 100 characters).");
        }
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty()) {
            try {
                new EmailAddress(address);
            } catch (IllegalArgumentException e) {
                errors.put("email", e.getMessage() + " Or leave it empty.");
            }
        }
        if (password == null || password.length() < PasswordHasher.MINIMUM_LENGTH) {
            errors.put("password", "Choose a password of at least " + PasswordHasher.MINIMUM_LENGTH + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Validated(name, given, family, address.isEmpty() ? null : address, password);
    }
}
