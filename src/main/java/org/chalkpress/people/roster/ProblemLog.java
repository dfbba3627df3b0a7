package org.chalkpress.people.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while an export is read, keeping the first {@code max} and counting the rest. */
final class ProblemLog {

    private final int max;
    private final List<RosterProblem> problems = new ArrayList<>();
    private int notListed;

    ProblemLog(int max) {
        this.max = max;
    }

    void add(RosterProblem problem) {
        if (problems.size() < max) {
            problems.add(problem);
        } else {
            notListed++;
        }
    }

    void add(String file, int row, String field, String value, String message) {
        add(new RosterProblem(file, row, field, value, message));
    }

    void fileProblem(String file, String message) {
        add(RosterProblem.ofFile(file, message));
    }

    boolean isEmpty() {
        return problems.isEmpty() && notListed == 0;
    }

    /** Problems in the order a person fixes them: file by file in OneRoster order, then row by row. */
    RosterImportReport report() {
        List<RosterProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((RosterProblem p) -> OneRosterFile.order(p.file()))
                .thenComparing(RosterProblem::file)
                .thenComparingInt(RosterProblem::row));
        return new RosterImportReport(sorted, notListed);
    }
}
