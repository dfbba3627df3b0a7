package org.chalkpress.consent;

/**
 * One thing wrong with a consent CSV, located the way a person finds it in a spreadsheet: the line (the
 * header is line 1; 0 means the file as a whole), the column, the value found, and what to write instead.
 */
public record ImportProblem(int line, String column, String value, String message) {

    public ImportProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** "line 4, column audience: ..." */
    public String describe() {
        StringBuilder where = new StringBuilder(line == 0 ? "the file" : "line " + line);
        if (!column.isEmpty()) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
