package org.chalkpress.policy.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.policy.TextSpan;

/**
 * A calendar date written in a text: "March 3, 2014", "3 March 2014", "Mar. 3rd", "3/3/2014", "2014-03-03".
 * The year may be missing from the written-out forms; numbers alone ("3/4") are fractions, not dates.
 */
record DateMention(MonthDay day, Integer year, TextSpan span) {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    LocalDate date() {
        return year == null ? null : day.atYear(year);
    }

    static List<DateMention> findIn(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            add(found, month(m.group(1)), m.group(2), m.group(3), m.start(), m.end());
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            add(found, month(m.group(2)), m.group(1), m.group(3), m.start(), m.end());
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(found, Integer.parseInt(m.group(2)), m.group(3), m.group(1), m.start(), m.end());
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            add(found, Integer.parseInt(m.group(1)), m.group(2), year, m.start(), m.end());
        }
        return found;
    }

    private static void add(List<DateMention> found, int month, String day, String year, int start, int end) {
        TextSpan span = new TextSpan(start, end);
        if (month < 1 || found.stream().anyMatch(d -> d.span().overlaps(span))) {
            return;
        }
        try {
            MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
            found.add(new DateMention(monthDay, year == null ? null : Integer.parseInt(year), span));
        } catch (DateTimeException | NumberFormatException e) {
            // "March 45" is not a date.
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (m.startsWith(months[i])) {
                return i + 1;
            }
        }
        return -1;
    }
}
