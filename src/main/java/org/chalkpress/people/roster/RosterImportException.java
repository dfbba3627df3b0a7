package org.chalkpress.people.roster;

import java.util.Objects;

/** The export cannot be imported as it is; the report says every place that needs fixing. */
public class RosterImportException extends RuntimeException {

    private final transient RosterImportReport report;

    public RosterImportException(RosterImportReport report) {
        super(summary(report));
        this.report = Objects.requireNonNull(report, "report");
    }

    public RosterImportReport report() {
        return report;
    }

    private static String summary(RosterImportReport report) {
        int total = report.totalProblems();
        String head = "The OneRoster export has " + total + (total == 1 ? " problem" : " problems")
                + " to fix before it can be imported";
        return report.problems().isEmpty() ? head : head + ", starting with: " + report.problems().get(0).describe();
    }
}
