package org.chalkpress.policy;

import java.util.List;

/**
 * One check of one policy clause. Rules are plain Java: text and context in, findings out;
 * no container, database or network inside a rule, so each has fast unit tests.
 */
public interface PolicyRule {

    /** A stable, kebab-case id such as {@code link-scheme}; administrators switch rules on and off by it. */
    String id();

    ClauseId clause();

    List<Finding> check(Review review);
}
