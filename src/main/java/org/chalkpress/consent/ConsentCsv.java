package org.chalkpress.consent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.people.Account;
import org.chalkpress.people.Role;
import org.chalkpress.platform.CsvText;
import org.chalkpress.policy.Audience;

/**
 * Reads a consent CSV export (the format is in docs/consent-csv.md) into statements, or into a list of every
 * problem, line by line and column by column, with what to write instead. Plain Java: the people are looked
 * up through {@link People}, so the whole format is tested without a database.
 */
public final class ConsentCsv {

    /** Finds the person a row is about. */
    public interface People {
        Optional<Account> byUsername(String username);

        Optional<Account> bySourcedId(String sourcedId);
    }

    /** One valid row: who, and what their guardian (or they themselves) said. */
    public record Row(int line, Account person, ConsentStatement statement) { }

    /** The rows, if there are no problems; otherwise the problems (the rows are then not to be used). */
    public record Result(List<Row> rows, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final String USERNAME = "username";
    static final String SOURCED_ID = "sourced_id";
    static final String KIND = "kind";
    static final String DECISION = "decision";
    static final String AUDIENCE = "audience";
    static final String GIVEN_BY = "given_by";
    static final String GIVEN_ON = "given_on";
    static final String EXPIRES_ON = "expires_on";
    private static final List<String> REQUIRED = List.of(KIND, DECISION, GIVEN_BY, GIVEN_ON);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
    private static final int MAX_PROBLEMS = 500;

    private final People people;

    public ConsentCsv(People people) {
        this.people = people;
    }

    public Result read(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<String> binary = CsvText.binaryKind(bytes);
        if (binary.isPresent()) {
            return failed(new ImportProblem(0, "", "", "is not a CSV text file (" + binary.get() + "); in the"
                    + " spreadsheet use Save As 'CSV UTF-8'"));
        }
        CsvText.Decoded text = CsvText.decodeUtf8(bytes);
        if (!text.ok()) {
            return failed(new ImportProblem(0, "", "", "the file " + CsvText.notUtf8(text.badLine())));
        }
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = records.isEmpty() ? 1 : (int) records.get(records.size() - 1).getRecordNumber() + 1;
            return failed(new ImportProblem(line, "", "", "cannot be read as CSV from this line on: a value opens"
                    + " with a double quote (\") that is never closed; close it, and write a quote inside a value as"
                    + " two (\"\")"));
        }
        if (records.isEmpty() || blank(records.get(0))) {
            return failed(new ImportProblem(0, "", "", "the file is empty; it needs a header line ("
                    + "username or sourced_id, kind, decision, audience, given_by, given_on, expires_on) and then"
                    + " one line per person and kind"));
        }
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!columns.containsKey(USERNAME) && !columns.containsKey(SOURCED_ID)) {
            problems.add(new ImportProblem(1, USERNAME, "", "the header names no person column; add 'username'"
                    + " or 'sourced_id' (the student's id in the student information system)"));
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(1, required, "", "the header has no '" + required + "' column;"
                        + " add it, and check its spelling"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (blank(record) || problems.size() >= MAX_PROBLEMS) {
                continue;
            }
            Line line = new Line((int) record.getRecordNumber(), record, columns, problems);
            Row row = line.read();
            if (row == null) {
                continue;
            }
            String key = row.person().username() + "/" + row.statement().kind();
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), KIND, row.statement().kind().name().toLowerCase(Locale.ROOT),
                        row.person().username() + " already has a " + row.statement().kind().name().toLowerCase(Locale.ROOT)
                                + " line (line " + earlier + "); keep one line per person and kind"));
                continue;
            }
            rows.add(row);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(0, "", "", "the file has a header but no lines of consent under it"));
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
    }

    private static Result failed(ImportProblem problem) {
        return new Result(List.of(), List.of(problem));
    }

    private static Map<String, Integer> header(CSVRecord header, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!column.isEmpty() && columns.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(1, column, column, "the column '" + column
                        + "' appears twice in the header; keep one"));
            }
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** One data line being read; each bad field adds a problem, and a line with any problem gives no row. */
    private final class Line {
        private final int number;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<ImportProblem> problems;
        private boolean bad;

        Line(int number, CSVRecord record, Map<String, Integer> columns, List<ImportProblem> problems) {
            this.number = number;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        Row read() {
            Account person = person();
            ConsentKind kind = kind();
            ConsentAnswer answer = answer();
            Audience audience = audience(kind, answer);
            String givenBy = value(GIVEN_BY);
            if (givenBy.isEmpty()) {
                problem(GIVEN_BY, "", "is empty; write who signed the form, e.g. 'Ana Rivera (mother)'");
            }
            LocalDate givenOn = date(GIVEN_ON, true);
            LocalDate expiresOn = date(EXPIRES_ON, false);
            if (answer == ConsentAnswer.REFUSED && expiresOn != null) {
                problem(EXPIRES_ON, value(EXPIRES_ON), "a refusal has no expiry date; leave expires_on empty");
            }
            if (givenOn != null && expiresOn != null && expiresOn.isBefore(givenOn)) {
                problem(EXPIRES_ON, value(EXPIRES_ON), "is before given_on (" + givenOn + "); write the last day"
                        + " the release covers, or leave it empty for the end of the school year");
            }
            if (bad) {
                return null;
            }
            return new Row(number, person, new ConsentStatement(kind, answer, audience, givenOn,
                    new GivenBy(null, givenBy), expiresOn));
        }

        private Account person() {
            String username = value(USERNAME);
            String sourcedId = value(SOURCED_ID);
            if (username.isEmpty() && sourcedId.isEmpty()) {
                problem(columns.containsKey(USERNAME) ? USERNAME : SOURCED_ID, "",
                        "is empty; write the student's (or staff member's) username or sourced_id");
                return null;
            }
            Optional<Account> found = username.isEmpty() ? people.bySourcedId(sourcedId) : people.byUsername(username);
            String column = username.isEmpty() ? SOURCED_ID : USERNAME;
            String value = username.isEmpty() ? sourcedId : username;
            if (found.isEmpty()) {
                problem(column, value, "no one with this " + column + " is on the roster; check the spelling, or"
                        + " import the roster first");
                return null;
            }
            Account person = found.get();
            if (person.role() == Role.PARENT) {
                problem(column, value, "is a parent's account; consent is recorded for the student (use the"
                        + " child's " + column + ") or for a member of staff");
                return null;
            }
            return person;
        }

        private ConsentKind kind() {
            String code = value(KIND);
            String key = code.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (ConsentKind kind : ConsentKind.values()) {
                if (kind.name().equals(key)) {
                    return kind;
                }
            }
            problem(KIND, code, (code.isEmpty() ? "is empty" : "is not a kind of consent")
                    + "; write photo, video, voice or name_public");
            return null;
        }

        private ConsentAnswer answer() {
            String code = value(DECISION);
            try {
                return ConsentAnswer.fromCode(code);
            } catch (IllegalArgumentException e) {
                problem(DECISION, code, (code.isEmpty() ? "is empty" : "is not a decision")
                        + "; write granted or refused");
                return null;
            }
        }

        private Audience audience(ConsentKind kind, ConsentAnswer answer) {
            String code = value(AUDIENCE);
            if (code.isEmpty()) {
                if (answer == ConsentAnswer.GRANTED && kind != ConsentKind.NAME_PUBLIC) {
                    problem(AUDIENCE, "", "is empty; a grant says who may see: write class, district or public");
                }
                return null;
            }
            if (answer == ConsentAnswer.REFUSED) {
                problem(AUDIENCE, code, "a refusal covers no audience; leave audience empty, or write granted");
                return null;
            }
            try {
                return Audience.fromCode(code.strip());
            } catch (IllegalArgumentException e) {
                problem(AUDIENCE, code, "is not an audience; write class, district or public");
                return null;
            }
        }

        private LocalDate date(String column, boolean required) {
            String text = value(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, "", "is empty; write the date the form was signed, as 2026-09-02"
                            + " (year-month-day)");
                }
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(column, text, "is not a date; write it as 2026-09-02 (year-month-day)");
                return null;
            }
        }

        private String value(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }

        private void problem(String column, String value, String message) {
            bad = true;
            problems.add(new ImportProblem(number, column, value, message));
        }
    }
}
