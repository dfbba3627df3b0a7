package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.InMemoryContentCorpus;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled corpus (src/test/resources/policy/corpus) through every district rule and reports
 * precision and recall per clause. Fails when block-level student-privacy cases are missed (recall under
 * 95%) or when more than 2% of benign texts would be blocked. Writes the table to bench/policy-corpus-table.md.
 */
class PolicyCorpusTest {

    private record Row(String id, ContentKind kind, Audience audience, boolean staff, String html, Verdict verdict,
                       Set<ClauseId> clauses, String context) { }

    private record Outcome(Row row, List<Finding> findings) {

        Set<ClauseId> found() {
            return findings.stream().map(Finding::clause).collect(Collectors.toCollection(() -> EnumSet.noneOf(ClauseId.class)));
        }

        boolean blocks(ClauseId clause) {
            return findings.stream().anyMatch(f -> f.clause() == clause && f.severity() == Severity.BLOCK);
        }
    }

    @Test
    void corpusMeetsTheDistrictsRecallAndFalseBlockTargets() throws IOException {
        RosterIndex roster = new RosterIndex(roster());
        InMemoryContentCorpus pages = pages();
        PolicySettings settings = new PolicySettings(Map.of(), Set.of("4chan.org", "unblocked-games.example"), Set.of(),
                Set.of(), Map.of());
        PolicyEngine engine = new PolicyEngine(DistrictRules.all());

        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows()) {
            Review.Builder review = Review.of(row.kind(), row.html()).audience(row.audience()).authorIsStaff(row.staff())
                    .settings(settings).rosterIndex(roster).corpus(pages).platformHosts(Set.of("media.chalkpress.example"))
                    .authorAcknowledgedPolicy(!row.context().contains("unacknowledged"))
                    .surnamesAllowedInPublic(row.context().contains("surnames-allowed"))
                    .mediaCredits(credits(row.context()));
            outcomes.add(new Outcome(row, engine.review(review.build())));
        }

        StringBuilder table = new StringBuilder();
        table.append("| clause | expected | found | true positives | precision | recall | false blocks |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ClauseId clause : ClauseId.values()) {
            long expected = outcomes.stream().filter(o -> o.row().clauses().contains(clause)).count();
            long found = outcomes.stream().filter(o -> o.found().contains(clause)).count();
            if (expected == 0 && found == 0) {
                continue;
            }
            long tp = outcomes.stream().filter(o -> o.row().clauses().contains(clause) && o.found().contains(clause)).count();
            long falseBlocks = outcomes.stream().filter(o -> o.blocks(clause)
                    && (!o.row().clauses().contains(clause) || o.row().verdict() != Verdict.BLOCK)).count();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d |\n", clause.code(), expected,
                    found, tp, ratio(tp, found), ratio(tp, expected), falseBlocks));
        }
        List<Outcome> privacyBlocks = outcomes.stream().filter(o -> o.row().verdict() == Verdict.BLOCK
                && o.row().clauses().contains(ClauseId.STUDENT_PRIVACY)).toList();
        long privacyCaught = privacyBlocks.stream().filter(o -> o.blocks(ClauseId.STUDENT_PRIVACY)).count();
        List<Outcome> benign = outcomes.stream().filter(o -> o.row().verdict() == Verdict.PASS).toList();
        long benignBlocked = benign.stream().filter(o -> Verdict.of(o.findings()) == Verdict.BLOCK).count();
        long verdictsRight = outcomes.stream().filter(o -> Verdict.of(o.findings()) == o.row().verdict()).count();

        table.append(String.format(Locale.ROOT, "%nRows: %d (benign: %d). Verdicts as labelled: %d/%d (%s).%n"
                        + "STUDENT-PRIVACY block recall: %d/%d (%s), target >= 95%%.%n"
                        + "Benign texts blocked: %d/%d (%s), target <= 2%%.%n",
                outcomes.size(), benign.size(), verdictsRight, outcomes.size(), ratio(verdictsRight, outcomes.size()),
                privacyCaught, privacyBlocks.size(), ratio(privacyCaught, privacyBlocks.size()),
                benignBlocked, benign.size(), ratio(benignBlocked, benign.size())));
        StringBuilder mismatches = new StringBuilder();
        for (Outcome o : outcomes) {
            Verdict got = Verdict.of(o.findings());
            if (got != o.row().verdict() || !o.found().equals(o.row().clauses())) {
                mismatches.append(String.format(Locale.ROOT, "- %s: expected %s %s, got %s %s%n", o.row().id(),
                        o.row().verdict().code(), codes(o.row().clauses()), got.code(), codes(o.found())));
            }
        }
        if (mismatches.length() > 0) {
            table.append("\nRows that differ from their label:\n\n").append(mismatches);
        }
        System.out.println(table);
        Path bench = Path.of("bench");
        if (Files.isDirectory(bench)) {
            Files.writeString(bench.resolve("policy-corpus-table.md"), "# Policy corpus: precision and recall per clause\n\n"
                    + "Generated by `PolicyCorpusTest` from `src/test/resources/policy/corpus/`.\n\n" + table);
        }

        assertTrue(outcomes.size() >= 200, "the corpus needs at least 200 texts");
        assertTrue(privacyCaught >= 0.95 * privacyBlocks.size(), "STUDENT-PRIVACY block recall under 95%\n" + table);
        assertTrue(benignBlocked <= 0.02 * benign.size(), "more than 2% of benign texts blocked\n" + table);
    }

    private static String ratio(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String codes(Set<ClauseId> clauses) {
        return clauses.stream().map(ClauseId::code).collect(Collectors.joining(";", "[", "]"));
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        Reader reader = new InputStreamReader(PolicyCorpusTest.class.getResourceAsStream("/policy/corpus/" + name),
                StandardCharsets.UTF_8);
        try (reader) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : csv("corpus.csv")) {
            Set<ClauseId> clauses = EnumSet.noneOf(ClauseId.class);
            for (String code : r.get("expected_clauses").split(";")) {
                if (!code.isBlank()) {
                    clauses.add(ClauseId.fromCode(code.strip()));
                }
            }
            rows.add(new Row(r.get("id"), ContentKind.fromCode(r.get("kind")), Audience.fromCode(r.get("audience")),
                    r.get("author").equals("staff"), r.get("text"), Verdict.valueOf(r.get("expected_verdict").toUpperCase(Locale.ROOT)),
                    clauses, r.get("context")));
        }
        return rows;
    }

    private static List<RosterStudent> roster() throws IOException {
        return csv("roster.csv").stream().map(r -> new RosterStudent(r.get("given_name"), r.get("family_name"),
                r.get("student_number"), LocalDate.parse(r.get("birth_date")), Boolean.parseBoolean(r.get("directory_opt_out"))))
                .toList();
    }

    private static InMemoryContentCorpus pages() throws IOException {
        InMemoryContentCorpus corpus = new InMemoryContentCorpus();
        for (CSVRecord r : csv("pages.csv")) {
            corpus.add(r.get("page_id"), r.get("title"), r.get("url"), r.get("text"));
        }
        return corpus;
    }

    private static Map<String, MediaCredit> credits(String context) {
        Map<String, MediaCredit> credits = new HashMap<>();
        for (String entry : context.split(";")) {
            if (entry.startsWith("own:")) {
                credits.put(entry.substring(4), MediaCredit.authorsOwnWork());
            } else if (entry.startsWith("credit:")) {
                String[] parts = entry.substring(7).split("\\|", -1);
                MediaCredit.Licence licence = parts[2].isBlank() ? null : MediaCredit.Licence.valueOf(parts[2]);
                credits.put(parts[0], new MediaCredit(false, parts[1], licence, parts.length > 3 ? parts[3] : ""));
            }
        }
        return credits;
    }
}
