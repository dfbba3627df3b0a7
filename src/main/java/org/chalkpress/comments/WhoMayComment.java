package org.chalkpress.comments;

/** Who may comment on a class site's pages (besides its teachers, who always may). */
public enum WhoMayComment {
    NOBODY("Nobody"),
    STUDENTS("Students of the class"),
    STUDENTS_AND_PARENTS("Students and their parents");

    private final String label;

    WhoMayComment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean students() {
        return this != NOBODY;
    }

    public boolean parents() {
        return this == STUDENTS_AND_PARENTS;
    }
}
