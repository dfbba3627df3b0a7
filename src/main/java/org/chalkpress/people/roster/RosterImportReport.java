package org.chalkpress.people.roster;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything wrong with one OneRoster export, in file and row order. {@code notListed} counts problems
 * found beyond {@link RosterLimits#maxProblems()}: a badly broken export should not need a report
 * longer than the export itself before someone fixes the first few hundred rows.
 */
public record RosterImportReport(List<RosterProblem> problems, int notListed) {

    public RosterImportReport {
        problems = List.copyOf(problems);
        if (notListed < 0) {
            throw new IllegalArgumentException("notListed must not be negative");
        }
    }

    public int totalProblems() {
        return problems.size() + notListed;
    }

    public boolean isClean() {
        return totalProblems() == 0;
    }

    public List<RosterProblem> problemsIn(String file) {
        return problems.stream().filter(p -> p.file().equals(file)).toList();
    }

    /** One problem a line, ready for a log, an e-mail to the district, or a plain-text download. */
    public String describe() {
        String lines = problems.stream().map(RosterProblem::describe).collect(Collectors.joining("\n"));
        return notListed == 0 ? lines : lines + "\n... and " + notListed + " more problems not listed.";
    }
}
