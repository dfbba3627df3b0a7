package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Verdict;
import org.junit.jupiter.api.Test;

class DistrictRulesTest {

    @Test
    void hasOneRuleForEachEnforcedClauseInAStableOrderWithUniqueIds() {
        List<PolicyRule> rules = DistrictRules.all();
        assertEquals(List.of("policy-agreement", "student-privacy", "privacy-first-surnames", "classroom-language",
                "link-scheme", "link-domain", "copyright", "citation", "substances"),
                rules.stream().map(PolicyRule::id).toList());
        assertEquals(Set.of(ClauseId.AGREEMENT, ClauseId.STUDENT_PRIVACY, ClauseId.PRIVACY_FIRST, ClauseId.CLASSROOM,
                ClauseId.LINKS, ClauseId.COPYRIGHT, ClauseId.CITATION, ClauseId.SUBSTANCES),
                rules.stream().map(PolicyRule::clause).collect(Collectors.toSet()));
    }

    @Test
    void theEngineCombinesTheRulesInReadingOrder() {
        PolicyEngine engine = new PolicyEngine(DistrictRules.all());
        List<Finding> findings = engine.review(aReview("<p>Maya Ramirez got a D. <a href=\"https://bit.ly/x\">link</a>"
                + " beer</p>").publicly().build());
        assertEquals(List.of(ClauseId.STUDENT_PRIVACY, ClauseId.PRIVACY_FIRST, ClauseId.LINKS, ClauseId.SUBSTANCES),
                findings.stream().map(Finding::clause).toList());
        assertEquals(Verdict.BLOCK, Verdict.of(findings));
        assertEquals(Verdict.PASS, Verdict.of(engine.review(aReview("<p>Maya won the spelling bee!</p>").build())));
    }
}
