package org.chalkpress.platform;

/**
 * An e-mail address as people type it, checked once: something@somewhere.tld, no spaces, at most 254
 * characters (RFC 5321). Deliberately loose: the mail server is the judge of the rest.
 */
public record EmailAddress(String value) {

    public static final String PROBLEM = "That does not look like an e-mail address (like name@example.org); check it.";

    public EmailAddress {
        value = value == null ? "" : value.strip();
        if (value.length() > 254 || !value.matches("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+")) {
            throw new IllegalArgumentException(PROBLEM);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
