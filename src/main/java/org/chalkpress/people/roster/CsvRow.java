package org.chalkpress.people.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of a OneRoster file, its values trimmed and addressed by column name. */
final class CsvRow {

    private final String fileName;
    private final int row;
    private final List<String> values;
    private final Map<String, Integer> columns;

    CsvRow(String fileName, int row, List<String> values, Map<String, Integer> columns) {
        this.fileName = fileName;
        this.row = row;
        this.values = values;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    /** The row number a spreadsheet shows; the header is row 1. */
    int row() {
        return row;
    }

    /** The trimmed value, or "" when blank, absent from the header, or missing from a short row. */
    String value(String column) {
        Integer index = columns.get(CsvTable.key(column));
        return index == null || index >= values.size() ? "" : values.get(index).trim();
    }

    /** The value, or {@code null} when blank. */
    String optional(String column) {
        String value = value(column);
        return value.isEmpty() ? null : value;
    }

    /**
     * The value, or {@code null} after logging that it is empty.
     *
     * @param why what the value is for, finishing "is empty; ..."
     */
    String required(String column, String why, ProblemLog log) {
        String value = value(column);
        if (value.isEmpty()) {
            problem(log, column, "", "is empty; " + why);
            return null;
        }
        return value;
    }

    /** A OneRoster list field: comma-separated values in one cell, blanks dropped. */
    List<String> list(String column) {
        String value = value(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    void problem(ProblemLog log, String column, String value, String message) {
        log.add(fileName, row, column, value, message);
    }
}
