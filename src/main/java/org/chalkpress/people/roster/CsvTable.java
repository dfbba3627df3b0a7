package org.chalkpress.people.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chalkpress.platform.CsvText;

/**
 * One OneRoster CSV file as rows addressed by column name. The header decides where each column is,
 * so exports with columns in any order, extra vendor columns, or a UTF-8 byte order mark all read
 * the same. Anything that stops the file being read at all becomes a problem in the log.
 */
final class CsvTable {

    /** RFC 4180 quoting; blank lines are kept as records so row numbers match what a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    private final String fileName;
    private final Map<String, Integer> columns;
    private final List<CsvRow> rows;

    private CsvTable(String fileName, Map<String, Integer> columns, List<CsvRow> rows) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
    }

    String fileName() {
        return fileName;
    }

    List<CsvRow> rows() {
        return rows;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(key(column));
    }

    /**
     * Reads the file, or logs why it cannot be read and returns empty. A table is returned only when
     * every required column is present, so row checks never report a whole column as empty cells.
     */
    static Optional<CsvTable> read(OneRosterFile file, byte[] bytes, ProblemLog log) {
        String name = file.fileName();
        Optional<String> binary = binaryKind(bytes);
        if (binary.isPresent()) {
            log.fileProblem(name, "is not a CSV text file (" + binary.get() + "); export it again from the "
                    + "student information system as OneRoster CSV, or in a spreadsheet use Save As 'CSV UTF-8'");
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(name, bytes, log);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.get()), FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long lastGood = records.isEmpty() ? 0 : records.get(records.size() - 1).getRecordNumber();
            log.add(name, (int) lastGood + 1, "", "", "cannot be read as CSV from this row on: a value opens with a "
                    + "double quote (\") that is never closed; close the quote, and write a quote inside a value "
                    + "as two (\"\")");
            return Optional.empty();
        }
        if (records.isEmpty() || isBlank(records.get(0))) {
            log.fileProblem(name, "is empty; it needs a header row naming its columns ("
                    + String.join(", ", file.requiredColumns()) + ") and then one row per record");
            return Optional.empty();
        }
        Map<String, Integer> columns = header(name, records.get(0), log);
        boolean complete = true;
        for (String required : file.requiredColumns()) {
            if (!columns.containsKey(key(required))) {
                complete = false;
                log.add(name, 1, required, "", "the header has no '" + required + "' column; add it (OneRoster 1.1 "
                        + name + " needs " + String.join(", ", file.requiredColumns())
                        + "), and check its spelling");
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        int width = records.get(0).size();
        List<CsvRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (isBlank(record)) {
                continue;
            }
            int row = Math.toIntExact(record.getRecordNumber());
            if (record.size() != width) {
                log.add(name, row, "", "", "has " + record.size() + " values but the header has " + width
                        + " columns; quote values that contain commas, and give every row one value per column");
            }
            rows.add(new CsvRow(name, row, record.toList(), columns));
        }
        return Optional.of(new CsvTable(name, columns, rows));
    }

    static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> header(String name, CSVRecord header, ProblemLog log) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim();
            if (column.isEmpty()) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(key(column), i);
            if (earlier != null) {
                log.add(name, 1, column, column, "the column '" + column + "' appears twice in the header; keep one");
            }
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(v -> v.isBlank());
    }

    private static Optional<String> binaryKind(byte[] bytes) {
        return CsvText.binaryKind(bytes);
    }

    private static Optional<String> decodeUtf8(String name, byte[] bytes, ProblemLog log) {
        CsvText.Decoded decoded = CsvText.decodeUtf8(bytes);
        if (!decoded.ok()) {
            log.fileProblem(name, CsvText.notUtf8(decoded.badLine()));
            return Optional.empty();
        }
        return Optional.of(decoded.text());
    }
}
