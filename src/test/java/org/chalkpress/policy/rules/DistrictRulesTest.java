package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.chalkpress.policy.Word;
import org.junit.jupiter.api.Test;

class DistrictRulesTest {

    @Test
    void hasOneRuleForEachEnforcedClauseInAStableOrderWithUniqueIds() {
        List<PolicyRule> rules = DistrictRules.all();
        assertEquals(List.of("policy-agreement", "student-privacy", "privacy-first-surnames", "classroom-language",
                "link-scheme", "link-domain", "link-reachable", "copyright", "citation", "substances",
                "photo-consent", "transcript-required", "voice-consent"),
                rules.stream().map(PolicyRule::id).toList());
        assertEquals(Set.of(ClauseId.AGREEMENT, ClauseId.STUDENT_PRIVACY, ClauseId.PRIVACY_FIRST, ClauseId.CLASSROOM,
                ClauseId.LINKS, ClauseId.COPYRIGHT, ClauseId.CITATION, ClauseId.SUBSTANCES,
                ClauseId.PHOTO_CONSENT),
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

    @Test
    void reviewsALongPostWithManyLinksAgainstALargeRosterFromOnePreparedIndex() {
        List<RosterStudent> students = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            students.add(new RosterStudent("Given" + i, "Family" + i, "S" + (700000 + i),
                    LocalDate.of(2012, 1, 1).plusDays(i % 1500), i == 1234));
        }
        students.add(ReviewFixture.MAYA);
        RosterIndex index = new RosterIndex(students);
        PolicySettings settings = ReviewFixture.settingsWithDomains(Set.of("4chan.org"), Set.of());
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 20; p++) {
            html.append("<p>In lesson ").append(p).append(" we studied the rivers, mountains and cities of the region, and"
                    + " every group wrote a short summary with a diagram, then presented it to the class while the others"
                    + " took notes and asked careful questions about what they had seen and heard during the week and"
                    + " why it mattered. Afterwards the whole class compared the summaries, looked for the ideas that"
                    + " appeared in more than one of them, and voted on the clearest diagram, which now hangs beside the"
                    + " door so that visiting families can see how much the groups have learned this term. Read more on <a href=\"https://www.example.org/lesson/").append(p)
                    .append("\">the lesson page</a>.</p>");
        }
        html.append("<p>Maya Ramirez failed the unit test. Given1234 drew the cover. Given7 Family7 won the art prize."
                + " <a href=\"https://boards.4chan.org/\">forum</a></p>");
        PolicyEngine engine = new PolicyEngine(DistrictRules.all());
        for (int round = 0; round < 10; round++) {
            Review review = Review.of(ContentKind.POST, html.toString()).rosterIndex(index)
                    .settings(settings).build();
            assertTrue(Word.scan(review.document().text()).size() >= 2000);
            assertEquals(21, review.document().links().size());
            List<Finding> findings = engine.review(review);
            assertEquals(List.of("Maya Ramirez failed the unit test", "Given1234", "forum"),
                    findings.stream().map(Finding::excerpt).toList());
            assertEquals(List.of(Severity.BLOCK, Severity.BLOCK, Severity.BLOCK),
                    findings.stream().map(Finding::severity).toList());
        }
    }
}
