package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.LEO;
import static org.chalkpress.policy.rules.ReviewFixture.MAYA;
import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StudentPrivacyRuleTest {

    private final StudentPrivacyRule rule = new StudentPrivacyRule();

    private List<Finding> check(String html) {
        return aReview(html).findings(rule);
    }

    private Finding only(String html) {
        List<Finding> findings = check(html);
        assertEquals(1, findings.size(), () -> html + " -> " + findings);
        return findings.get(0);
    }

    @Test
    void blocksAGradeNextToAStudentsNameWithASpanFromNameToGrade() {
        Finding f = only("<p>Sadly Maya Ramirez got a D on the fractions quiz.</p>");
        assertEquals(ClauseId.STUDENT_PRIVACY, f.clause());
        assertEquals("student-privacy", f.rule());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("Maya Ramirez got a D", f.excerpt());
        assertTrue(f.message().contains("a grade or test score"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maya R. scored 45% on the spelling test.",
        "Maya failed the math test again.",
        "Leo has an IEP meeting on Tuesday.",
        "Leo Chen is on a 504 plan for reading.",
        "Maya had detention at lunch.",
        "Leo was suspended for two days.",
        "Maya takes medication at noon, so she leaves early.",
        "Leo has a peanut allergy, so no snacks please.",
        "Maya has ADHD and needs breaks.",
        "Leo's asthma flared up during the run.",
        "Maya was absent five days this month.",
        "Leo lives at 42 Maple Street, near the park.",
        "Maya's number is 555-867-5309 if you want to carpool.",
        "Email Leo at leo.chen.2014@gmail.com for the notes.",
        "Maya's parents are going through a divorce.",
        "Leo is in foster care this year.",
        "Leo Chen. He got an F on the reading quiz.",
        "maya ramirez failed her science test",
        "Maya's birthday is March 3, so we will sing."
    })
    void blocksConfidentialMatterNearARosterStudent(String text) {
        Finding f = only("<p>" + text + "</p>");
        assertEquals(Severity.BLOCK, f.severity(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maya won the spelling bee!",
        "Leo is on the soccer team and scored two goals.",
        "Maya R. read her poem at the assembly.",
        "Call Mrs. Hill at 555-0100 with questions.",
        "Questions? The office number is (931) 555-0142.",
        "Lincoln was born February 12, 1809, in Kentucky.",
        "Leo built a suspension bridge out of straws.",
        "Maya suspended the magnet from a string.",
        "The test is on Friday. Maya made the study guide.",
        "Happy birthday, Maya! We had cupcakes.",
        "Leo wrote about Martin Luther King Jr., born January 15, 1929.",
        "Our school is at 100 Main Street. Maya drew the map.",
        "Fourth grade visited the aquarium with Leo's group.",
        "Room 504 is where Maya's group meets."
    })
    void letsPraiseDirectoryInformationAndStaffContactsThrough(String text) {
        assertEquals(List.of(), check("<p>" + text + "</p>"), text);
    }

    @Test
    void studentNumberAndRosterBirthDateBlockOnTheirOwn() {
        Finding number = only("<p>Login code for the reading app: 100234</p>");
        assertEquals("100234", number.excerpt());
        Finding birthDate = only("<p>Someone in our class was born on 3/3/2014!</p>");
        assertEquals("3/3/2014", birthDate.excerpt());
    }

    @Test
    void studentNumbersWithLettersAreFoundHoweverTheDistrictWritesThem() {
        RosterStudent lettersFirst = new RosterStudent("Ada", "Byrne", "RB-20417", null, false);
        RosterStudent digitsFirst = new RosterStudent("Ben", "Cole", "20418-X", null, false);
        assertEquals("RB-20417", aReview("<p>Your code is RB-20417 for the quiz app.</p>")
                .withRoster(lettersFirst, digitsFirst).findings(rule).get(0).excerpt());
        assertEquals("20418-X", aReview("<p>Your code is 20418-X for the quiz app.</p>")
                .withRoster(lettersFirst, digitsFirst).findings(rule).get(0).excerpt());
        assertEquals("S500001", aReview("<p>Sign in as S500001 today.</p>")
                .withRoster(new RosterStudent("Cy", "Dunn", "S500001", null, false)).findings(rule).get(0).excerpt());
    }

    @Test
    void aStudentWhoseFamilyOptedOutMayNotBeNamedEvenInPraise() {
        Finding f = only("<p>Great job to Zoe Whitfield for winning the art contest!</p>");
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("Zoe Whitfield", f.excerpt());
        assertEquals("Zoe", only("<p>Zoe painted the mural.</p>").excerpt());
        assertEquals("Zoe W.", only("<p>Thanks to Zoe W. for helping.</p>").excerpt());
    }

    @Test
    void aSharedFirstNameIsNotEnoughToNameAnOptedOutStudentButStillCarriesConfidentialMatter() {
        RosterStudent liamOptOut = new RosterStudent("Liam", "Fox", "9", null, true);
        RosterStudent liamOther = new RosterStudent("Liam", "Gray", "8", null, false);
        assertEquals(List.of(), aReview("<p>Liam drew a great map.</p>").withRoster(liamOptOut, liamOther).findings(rule));
        assertEquals(1, aReview("<p>Liam was absent all week.</p>").withRoster(liamOptOut, liamOther).findings(rule).size());
    }

    @Test
    void contactDetailsWithNoStudentNearbyPassForStaffButWarnStudents() {
        String text = "<p>text me at 555-214-7788 after school</p>";
        assertEquals(List.of(), aReview(text).findings(rule));
        Finding f = aReview(text).asComment().byStudent().findings(rule).get(0);
        assertEquals(Severity.WARN, f.severity());
        assertEquals("555-214-7788", f.excerpt());
    }

    @Test
    void aPersonalEmailThatSpellsAStudentsNameBlocksOnItsOwn() {
        assertEquals("maya.ramirez@gmail.com", only("<p>Send photos to maya.ramirez@gmail.com</p>").excerpt());
    }

    @Test
    void aPronounInTheNextSentenceStillTiesTheMatterToTheStudent() {
        Finding f = only("<p>Leo worked so hard this term. He still failed the unit test.</p>");
        assertEquals("Leo worked so hard this term. He still failed the unit test", f.excerpt());
    }

    @Test
    void matterTwoSentencesAwayIsNotTiedToTheStudent() {
        assertEquals(List.of(), check("<p>Leo brought the snack. We painted. Then we sang. The nurse visited the class"
                + " to talk about allergies.</p>"));
    }

    @Test
    void commentsAreCheckedTheSameWay() {
        List<Finding> lowerCase = aReview("<p>lol leo got detention</p>").asComment().byStudent().withRoster(LEO)
                .findings(rule);
        assertEquals(List.of("leo got detention"), lowerCase.stream().map(Finding::excerpt).toList());
        assertEquals(Severity.BLOCK, aReview("<p>Maya got a D haha</p>").asCaption().findings(rule).get(0).severity());
        RosterStudent will = new RosterStudent("Will", "Ortiz", "77", null, false);
        assertEquals(List.of(), aReview("<p>we will be absent on the trip day</p>").withRoster(will).findings(rule));
    }

    @Test
    void findsStudentsQuicklyInALongPostAgainstALargeRosterUsingAPreparedIndex() {
        List<RosterStudent> big = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            big.add(new RosterStudent("Given" + i, "Family" + i, "S" + (500000 + i), LocalDate.of(2012, 1, 1).plusDays(i), i % 50 == 0));
        }
        big.add(MAYA);
        RosterIndex index = new RosterIndex(big);
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 100; p++) {
            html.append("<p>We read chapter ").append(p).append(" of the novel together and talked about the plot and"
                    + " the characters. <a href=\"https://example.org/ch").append(p).append("\">notes</a></p>");
        }
        html.append("<p>Maya Ramirez failed the unit test. Given7 Family7 won the art prize. Given50 helped.</p>");
        for (int round = 0; round < 5; round++) {
            List<Finding> findings = aReview(html.toString()).withRosterIndex(index).findings(rule);
            assertEquals(List.of("Maya Ramirez failed the unit test", "Given50"),
                    findings.stream().map(Finding::excerpt).toList());
        }
    }
}
