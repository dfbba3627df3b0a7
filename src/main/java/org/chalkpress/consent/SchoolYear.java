package org.chalkpress.consent;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The last day of the school year, which is when a release ends unless it says otherwise: guardians are
 * asked again each year.
 */
public record SchoolYear(MonthDay lastDay) {

    /** Reads "07-31" (month-day), the form {@code chalkpress.consent.school-year-ends} takes. */
    public static SchoolYear endingOn(String monthDay) {
        try {
            return new SchoolYear(MonthDay.parse("--" + monthDay.strip()));
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("The school year's last day must look like 07-31 (month-day), not '"
                    + monthDay + "'");
        }
    }

    /** The end of the school year a release given on {@code day} belongs to (that day itself counts). */
    public LocalDate endOfYearContaining(LocalDate day) {
        LocalDate end = lastDay.atYear(day.getYear());
        return end.isBefore(day) ? lastDay.atYear(day.getYear() + 1) : end;
    }
}
