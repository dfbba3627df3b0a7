package org.chalkpress.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.util.List;
import org.chalkpress.policy.Finding;

/**
 * The audit log as RFC 4180 CSV. Text a person typed (names, justifications, excerpts) that starts like a
 * spreadsheet formula is prefixed with an apostrophe, so opening the export never runs anything.
 */
public final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "occurred_at_utc", "actor", "action", "site", "content_kind", "item_id",
            "revision_id", "verdict", "clauses", "findings", "detail"};

    private final CSVPrinter printer;
    private final Function<Long, String> siteNames;

    public AuditCsv(Appendable out, Function<Long, String> siteNames) {
        try {
            this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).build().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.siteNames = siteNames;
    }

    /** One entry with its findings (as read from {@code e.findings()} with {@code FindingsJson}). */
    public void write(AuditEntry e, List<Finding> findings) {
        try {
            printer.printRecord(e.id(), e.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    safe(e.actorName()), e.action(), e.siteId() == null ? "" : safe(siteNames.apply(e.siteId())),
                    e.contentKind(), e.itemId(), e.revisionId(), e.verdict() == null ? "" : e.verdict().code(),
                    e.clauses(), safe(findingsText(findings)), safe(e.detail()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Each finding as "CLAUSE severity [start-end] "excerpt": message", one per line. */
    static String findingsText(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(out.isEmpty() ? "" : "\n").append(f.clause().code())
                .append(' ').append(f.severity().name().toLowerCase()).append(" [").append(f.span().start())
                .append('-').append(f.span().end()).append("] \"").append(f.excerpt()).append("\": ")
                .append(f.message()));
        return out.toString();
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
