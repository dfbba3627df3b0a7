package org.chalkpress.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chalkpress.people.Account;
import org.chalkpress.people.Role;
import org.chalkpress.policy.Audience;
import org.junit.jupiter.api.Test;

class ConsentCsvTest {

    private static final Account MAYA = new Account("maya.rivera", "Maya", "Rivera", Role.STUDENT).linkToRoster("stu-1");
    private static final Account HILL = new Account("ms.hill", "Rebecca", "Hill", Role.TEACHER);
    private static final Account PARENT = new Account("parent.maya.rivera", "Ana", "Rivera", Role.PARENT);
    private static final Map<String, Account> BY_USERNAME = Map.of("maya.rivera", MAYA, "ms.hill", HILL,
            "parent.maya.rivera", PARENT);

    private final ConsentCsv csv = new ConsentCsv(new ConsentCsv.People() {
        @Override
        public Optional<Account> byUsername(String username) {
            return Optional.ofNullable(BY_USERNAME.get(username));
        }

        @Override
        public Optional<Account> bySourcedId(String sourcedId) {
            return "stu-1".equals(sourcedId) ? Optional.of(MAYA) : Optional.empty();
        }
    });

    private static final String HEADER = "username,kind,decision,audience,given_by,given_on,expires_on\n";

    private ConsentCsv.Result read(String text) {
        return csv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String text) {
        ConsentCsv.Result result = read(text);
        assertTrue(result.rows().isEmpty(), "a file with problems gives no rows");
        return result.problems().stream().map(ImportProblem::describe).toList();
    }

    @Test
    void readsGrantsAndRefusalsWithTheirDates() {
        ConsentCsv.Result result = read(HEADER
                + "maya.rivera,photo,granted,district,Ana Rivera (mother),2026-09-02,\n"
                + "maya.rivera,name_public,refused,,Ana Rivera (mother),2026-09-02,\n"
                + "ms.hill,photo,granted,public,self,2026-09-01,2027-06-30\n");

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.rows().size());
        ConsentCsv.Row photo = result.rows().get(0);
        assertEquals(2, photo.line());
        assertEquals(MAYA, photo.person());
        assertEquals(ConsentKind.PHOTO, photo.statement().kind());
        assertEquals(Audience.DISTRICT, photo.statement().audience());
        assertEquals(LocalDate.of(2026, 9, 2), photo.statement().givenOn());
        assertEquals("Ana Rivera (mother)", photo.statement().givenBy().name());
        assertNull(photo.statement().expiresOn(), "empty means the end of the school year");
        assertEquals(ConsentAnswer.REFUSED, result.rows().get(1).statement().answer());
        assertEquals(LocalDate.of(2027, 6, 30), result.rows().get(2).statement().expiresOn());
    }

    @Test
    void findsPeopleBySourcedIdAndAcceptsColumnsInAnyOrderWithAByteOrderMark() {
        ConsentCsv.Result result = read("\uFEFFGiven_On,Kind,Decision,Sourced_Id,Audience,Given_By\n"
                + "2026-09-02,VIDEO,yes,stu-1,class,Ana Rivera\n");

        assertEquals(List.of(), result.problems());
        assertEquals(MAYA, result.rows().get(0).person());
        assertEquals(ConsentAnswer.GRANTED, result.rows().get(0).statement().answer());
    }

    @Test
    void reportsEveryBadFieldWithItsLineColumnAndWhatToWrite() {
        List<String> problems = problems(HEADER
                + "maya.rivera,photo,granted,district,Ana Rivera,2026-09-02,\n"
                + "nobody.here,photo,granted,class,Ana Rivera,2026-09-02,\n"
                + "maya.rivera,selfie,maybe,everyone,,02/09/2026,\n"
                + "ms.hill,voice,granted,,self,2026-09-02,2026-08-01\n"
                + "parent.maya.rivera,photo,refused,public,Ana Rivera,2026-09-02,2027-07-31\n");

        assertEquals(List.of(
                "line 3, column username: no one with this username is on the roster; check the spelling, or"
                        + " import the roster first",
                "line 4, column kind: is not a kind of consent; write photo, video, voice or name_public",
                "line 4, column decision: is not a decision; write granted or refused",
                "line 4, column audience: is not an audience; write class, district or public",
                "line 4, column given_by: is empty; write who signed the form, e.g. 'Ana Rivera (mother)'",
                "line 4, column given_on: is not a date; write it as 2026-09-02 (year-month-day)",
                "line 5, column audience: is empty; a grant says who may see: write class, district or public",
                "line 5, column expires_on: is before given_on (2026-09-02); write the last day the release"
                        + " covers, or leave it empty for the end of the school year",
                "line 6, column username: is a parent's account; consent is recorded for the student (use the"
                        + " child's username) or for a member of staff",
                "line 6, column audience: a refusal covers no audience; leave audience empty, or write granted",
                "line 6, column expires_on: a refusal has no expiry date; leave expires_on empty"), problems);
    }

    @Test
    void theSamePersonAndKindTwiceIsAProblem() {
        assertEquals(List.of("line 3, column kind: maya.rivera already has a photo line (line 2); keep one line"
                        + " per person and kind"),
                problems(HEADER + "maya.rivera,photo,granted,class,Ana Rivera,2026-09-02,\n"
                        + "maya.rivera,photo,refused,,Ana Rivera,2026-09-03,\n"));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsSaysWhichToAdd() {
        assertEquals(List.of(
                        "line 1, column username: the header names no person column; add 'username' or 'sourced_id'"
                                + " (the student's id in the student information system)",
                        "line 1, column given_on: the header has no 'given_on' column; add it, and check its spelling"),
                problems("student,kind,decision,audience,given_by\nmaya.rivera,photo,granted,class,Ana\n"));
    }

    @Test
    void aSpreadsheetOrNonUtf8FileIsRecognisedByItsContent() {
        byte[] xlsx = {'P', 'K', 3, 4, 0, 0, 1};
        assertEquals("the file: is not a CSV text file (it is a zip archive or an Excel .xlsx workbook); in the"
                + " spreadsheet use Save As 'CSV UTF-8'", csv.read(xlsx).problems().get(0).describe());
        byte[] latin1 = (HEADER + "maya.rivera,photo,granted,class,Jos\u00e9 Rivera,2026-09-02,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("the file: the file is not UTF-8 text (the first bad character is on line 2, often an"
                + " accented letter saved as Windows-1252 or Latin-1); export it again as 'CSV UTF-8'",
                csv.read(latin1).problems().get(0).describe());
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsExplained() {
        assertTrue(problems("").get(0).startsWith("the file: the file is empty; it needs a header line"));
        assertEquals(List.of("the file: the file has a header but no lines of consent under it"), problems(HEADER));
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereReadingStopped() {
        assertEquals(List.of("line 3: cannot be read as CSV from this line on: a value opens with a double quote"
                        + " (\") that is never closed; close it, and write a quote inside a value as two (\"\")"),
                problems(HEADER + "maya.rivera,photo,granted,class,Ana,2026-09-02,\n"
                        + "ms.hill,photo,granted,public,\"self,2026-09-02,\n"));
    }

    @Test
    void aNamePublicGrantNeedsNoAudienceBecauseItIsAlwaysAboutPublicPages() {
        ConsentCsv.Result result = read(HEADER + "maya.rivera,name_public,granted,,Ana Rivera,2026-09-02,\n"
                + "ms.hill,name_public,granted,class,self,2026-09-02,\n");

        assertEquals(List.of(), result.problems());
        assertEquals(Audience.PUBLIC, result.rows().get(0).statement().audience());
        assertEquals(Audience.PUBLIC, result.rows().get(1).statement().audience());
    }
}
