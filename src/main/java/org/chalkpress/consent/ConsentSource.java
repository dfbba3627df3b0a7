package org.chalkpress.consent;

/** Which door a statement came through, for the history a district administrator reads. */
public enum ConsentSource {
    /** A parent on their account page. */
    PARENT,
    /** District or communications staff on the consent screen, copying a paper form. */
    ADMIN,
    /** A staff member about themselves. */
    SELF,
    /** A CSV export from the student information system. */
    IMPORT,
    /** The demo district's seed. */
    DEMO
}
