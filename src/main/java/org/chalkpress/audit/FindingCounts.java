package org.chalkpress.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.policy.ClauseId;

/**
 * The publish gate's findings counted per clause and per week (weeks start on Monday, UTC), and per site:
 * what the dashboard draws and tabulates. Every finding of every decision counts, so a draft blocked twice
 * counts twice: the numbers measure how often the policy had to speak, not how many posts were bad.
 */
public final class FindingCounts {

    /** A site and its number of findings. */
    public record SiteCount(Long siteId, int findings) { }

    /** One gate decision: when, on which site (if any), and the clause of each of its findings. */
    public record Decision(OffsetDateTime at, Long siteId, List<ClauseId> findings) { }

    private final List<LocalDate> weeks;
    private final Map<ClauseId, int[]> byClause = new EnumMap<>(ClauseId.class);
    private final Map<Long, Integer> bySite = new HashMap<>();

    private FindingCounts(List<LocalDate> weeks) {
        this.weeks = weeks;
    }

    /** The week (its Monday) a moment falls in. */
    public static LocalDate weekOf(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Counts the decisions' findings over the {@code weekCount} weeks that end with the week of {@code now};
     * decisions outside those weeks are left out.
     */
    public static FindingCounts of(List<Decision> decisions, OffsetDateTime now, int weekCount) {
        LocalDate last = weekOf(now);
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = weekCount - 1; i >= 0; i--) {
            weeks.add(last.minusWeeks(i));
        }
        FindingCounts counts = new FindingCounts(List.copyOf(weeks));
        for (Decision decision : decisions) {
            int week = weeks.indexOf(weekOf(decision.at()));
            if (week < 0) {
                continue;
            }
            for (ClauseId clause : decision.findings()) {
                counts.byClause.computeIfAbsent(clause, c -> new int[weekCount])[week]++;
            }
            if (decision.siteId() != null && !decision.findings().isEmpty()) {
                counts.bySite.merge(decision.siteId(), decision.findings().size(), Integer::sum);
            }
        }
        return counts;
    }

    public static OffsetDateTime start(OffsetDateTime now, int weekCount) {
        return weekOf(now).minusWeeks(weekCount - 1L).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    public List<LocalDate> weeks() {
        return weeks;
    }

    /** The clauses that had findings, in the policy's order. */
    public List<ClauseId> clauses() {
        return List.copyOf(byClause.keySet());
    }

    public int count(ClauseId clause, int week) {
        int[] counts = byClause.get(clause);
        return counts == null ? 0 : counts[week];
    }

    public int totalOfWeek(int week) {
        int total = 0;
        for (int[] counts : byClause.values()) {
            total += counts[week];
        }
        return total;
    }

    public int totalOfClause(ClauseId clause) {
        int total = 0;
        for (int week = 0; week < weeks.size(); week++) {
            total += count(clause, week);
        }
        return total;
    }

    /** The sites with most findings, most first (ties by site id). */
    public List<SiteCount> topSites(int max) {
        return bySite.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(e -> new SiteCount(e.getKey(), e.getValue()))
                .toList();
    }
}
