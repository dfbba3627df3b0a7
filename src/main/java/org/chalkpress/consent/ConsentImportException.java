package org.chalkpress.consent;

import java.util.List;

/** The consent CSV cannot be imported as it is; nothing was recorded. Every problem is listed. */
public class ConsentImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ConsentImportException(List<ImportProblem> problems) {
        super("The consent file has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to fix; nothing was imported. First: " + problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
