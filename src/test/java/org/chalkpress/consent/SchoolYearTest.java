package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    private final SchoolYear year = SchoolYear.endingOn("07-31");

    @Test
    void aReleaseGivenInTheAutumnRunsToNextSummer() {
        assertEquals(LocalDate.of(2027, 7, 31), year.endOfYearContaining(LocalDate.of(2026, 9, 2)));
    }

    @Test
    void aReleaseGivenInTheSpringRunsToThisSummer() {
        assertEquals(LocalDate.of(2027, 7, 31), year.endOfYearContaining(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void aReleaseGivenInAugustBelongsToTheNewYear() {
        assertEquals(LocalDate.of(2027, 7, 31), year.endOfYearContaining(LocalDate.of(2026, 8, 1)));
    }

    @Test
    void aMistypedSettingSaysWhatToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchoolYear.endingOn("July"));
        assertEquals("The school year's last day must look like 07-31 (month-day), not 'July'", e.getMessage());
    }
}
