package org.chalkpress.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;
import org.chalkpress.policy.Verdict;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static AuditEntry entry(String detail) {
        return new AuditEntry(OffsetDateTime.parse("2025-09-01T10:15:30Z"), 7L, "comms", AuditAction.BLOCK_OVERRIDDEN,
                3L, "POST", 11L, 12L, Verdict.BLOCK, "LINKS", null, detail);
    }

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() throws Exception {
        StringBuilder out = new StringBuilder();
        try (AuditCsv csv = new AuditCsv(out, id -> "grade-4-hill")) {
            csv.write(entry("Override: the \"quiz\" site, checked\nby IT"), List.of());
        }
        CSVRecord row = read(out.toString()).get(0);
        assertEquals("Override: the \"quiz\" site, checked\nby IT", row.get("detail"));
        assertEquals("grade-4-hill", row.get("site"));
        assertEquals("BLOCK_OVERRIDDEN", row.get("action"));
        assertEquals("2025-09-01T10:15:30Z", row.get("occurred_at_utc"));
        assertEquals("block", row.get("verdict"));
    }

    @Test
    void textThatLooksLikeASpreadsheetFormulaIsDefused() throws Exception {
        StringBuilder out = new StringBuilder();
        try (AuditCsv csv = new AuditCsv(out, id -> "x")) {
            csv.write(entry("=HYPERLINK(\"http://evil\")"), List.of());
        }
        assertEquals("'=HYPERLINK(\"http://evil\")", read(out.toString()).get(0).get("detail"));
    }

    @Test
    void findingsAreListedWithClauseSeverityAndOffsets() throws Exception {
        List<Finding> findings = List.of(new Finding(ClauseId.LINKS, "link-scheme", Severity.BLOCK,
                new TextSpan(10, 19), "quiz game", "Only web links.", "Link to a web page."));
        StringBuilder out = new StringBuilder();
        try (AuditCsv csv = new AuditCsv(out, id -> "x")) {
            csv.write(entry(null), findings);
        }
        String cell = read(out.toString()).get(0).get("findings");
        assertTrue(cell.startsWith("LINKS block [10-19] \"quiz game\": Only web links."), cell);
    }
}
