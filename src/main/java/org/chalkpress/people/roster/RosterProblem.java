package org.chalkpress.people.roster;

import java.util.Objects;

/**
 * One thing wrong with a district's OneRoster export, located the way a person finds it in a
 * spreadsheet: the file, the row (the header is row 1; 0 means the file or archive as a whole), the
 * column, the offending value, and a message that says what to fix.
 */
public record RosterProblem(String file, int row, String field, String value, String message) {

    public RosterProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 (whole file) or a 1-based row number");
        }
        field = field == null ? "" : field;
        value = value == null ? "" : value;
    }

    static RosterProblem ofFile(String file, String message) {
        return new RosterProblem(file, 0, "", "", message);
    }

    /** Where the problem is, e.g. {@code users.csv row 14, field role}. */
    public String location() {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (!field.isEmpty()) {
            where.append(row > 0 ? ", field " : ", column ").append(field);
        }
        return where.toString();
    }

    /** The full sentence shown to the person importing, location first. */
    public String describe() {
        return location() + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
