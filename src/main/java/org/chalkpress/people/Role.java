package org.chalkpress.people;

/** What an account is in the district; each account has exactly one. */
public enum Role {
    DISTRICT_ADMIN("District administrator"),
    COMMUNICATIONS("Communications staff"),
    TEACHER("Teacher"),
    STUDENT("Student"),
    PARENT("Parent");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Employees are bound by the social media policy (clause AGREEMENT). */
    public boolean isStaff() {
        return this == DISTRICT_ADMIN || this == COMMUNICATIONS || this == TEACHER;
    }

    /** May mark sites official and override a blocked publish with a written justification. */
    public boolean isCommunications() {
        return this == DISTRICT_ADMIN || this == COMMUNICATIONS;
    }
}
