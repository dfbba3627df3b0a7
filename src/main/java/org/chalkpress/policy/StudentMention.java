package org.chalkpress.policy;

/** A place in a text that names a roster student, and how it names them. */
public record StudentMention(RosterStudent student, TextSpan span, Form form) {

    public enum Form {
        /** "Maya Ramirez" */
        FULL_NAME,
        /** "Maya R." */
        GIVEN_NAME_AND_INITIAL,
        /** "Maya", and no other student on the roster is called Maya. */
        GIVEN_NAME,
        /** "Liam", shared by several students on the roster: one mention per student it could be. */
        SHARED_GIVEN_NAME,
        /** "Ramirez" on its own. */
        FAMILY_NAME,
        /** "100234" */
        STUDENT_NUMBER;

        /** Whether the mention points at this one student. */
        public boolean identifies() {
            return this != SHARED_GIVEN_NAME && this != FAMILY_NAME;
        }
    }
}
