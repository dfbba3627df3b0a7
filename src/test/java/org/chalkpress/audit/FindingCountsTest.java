package org.chalkpress.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.junit.jupiter.api.Test;

class FindingCountsTest {

    private static FindingCounts.Decision at(String when, Long site, ClauseId... clauses) {
        return new FindingCounts.Decision(OffsetDateTime.parse(when), site, List.of(clauses));
    }

    // Wednesday 2025-09-10; its week starts Monday 2025-09-08.
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-09-10T12:00:00Z");

    @Test
    void findingsAreCountedPerClauseInTheWeekTheyHappened() {
        FindingCounts counts = FindingCounts.of(List.of(
                at("2025-09-08T00:00:00Z", 1L, ClauseId.LINKS, ClauseId.LINKS),
                at("2025-09-07T23:59:59Z", 2L, ClauseId.CLASSROOM),
                at("2025-06-01T10:00:00Z", 2L, ClauseId.CLASSROOM)),
                NOW, 4);

        assertEquals(List.of(LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 8)), counts.weeks());
        assertEquals(2, counts.count(ClauseId.LINKS, 3));
        assertEquals(1, counts.count(ClauseId.CLASSROOM, 2));
        assertEquals(1, counts.totalOfClause(ClauseId.CLASSROOM), "the June entry is outside the four weeks");
        assertEquals(List.of(ClauseId.CLASSROOM, ClauseId.LINKS), counts.clauses());
        assertEquals(2, counts.totalOfWeek(3));
    }

    @Test
    void topSitesAreThoseWithMostFindings() {
        FindingCounts counts = FindingCounts.of(List.of(
                at("2025-09-10T12:00:00Z", 1L, ClauseId.LINKS),
                at("2025-09-10T12:00:00Z", 2L, ClauseId.LINKS, ClauseId.CITATION),
                at("2025-09-10T12:00:00Z", null, ClauseId.AGREEMENT)), NOW, 2);
        assertEquals(List.of(new FindingCounts.SiteCount(2L, 2), new FindingCounts.SiteCount(1L, 1)),
                counts.topSites(10));
    }

    @Test
    void theRangeStartsOnTheMondayOfTheFirstWeek() {
        assertEquals(OffsetDateTime.parse("2025-08-18T00:00:00Z"), FindingCounts.start(NOW, 4));
    }
}
