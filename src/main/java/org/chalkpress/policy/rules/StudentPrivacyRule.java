package org.chalkpress.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.SentenceIndex;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.StudentMention;
import org.chalkpress.policy.TextSpan;

/**
 * Clause STUDENT-PRIVACY: never post confidential student information (FERPA). Roster-aware: confidential
 * matter (grades, special education, discipline, health, attendance, birth dates, contact details, family
 * circumstances) blocks when a roster student is named in the same or a neighbouring sentence. A student
 * number or a roster student's full birth date blocks on its own, and a student whose family opted out of
 * directory information may not be named at all, and one whose family has not given consent for their name on
 * public pages (NAME_PUBLIC, passed in through the roster) is not named on a public page. Praise and directory
 * information pass.
 *
 * <p>Contact details with no student nearby: a staff author's post is taken to give staff or school
 * contacts and passes; a student author (a comment, say) gets a WARN, since a phone number or address in a
 * student's text is most likely their own or a classmate's. Contacts right after a staff title ("Mrs. Hill",
 * "the office") are staff contacts even when a student is named nearby.
 */
public final class StudentPrivacyRule implements PolicyRule {

    enum Matter {
        GRADES("a grade or test score",
                "Remove the grade or score. Share results privately with the family, for example in the gradebook.",
                "\\b(?i:got|gets|get|getting|earned|received|made)\\s+(?i:an?\\s+)?[A-F][+-]?(?![\\w+-])",
                "(?i)\\bscor(?:ed|es|e|ing)\\s+(?:a\\s+|an\\s+|only\\s+|just\\s+)?\\d{1,3}(?:\\.\\d+)?\\s*(?:%|percent|points|out\\s+of|/)",
                "(?i)\\b\\d{1,3}(?:\\.\\d+)?\\s*(?:%|percent|/\\s*\\d{1,3}|out\\s+of\\s+\\d{1,3})\\s+on\\s+(?:the|her|his|their|a|an|my|this|that)?\\s*\\w*\\s*(?:test|quiz|exam|assessment|spelling|essay|project)",
                "(?i)\\bfail(?:ed|ing|s)?\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+|my\\s+|another\\s+)?(?:\\w+\\s+)?(?:test|quiz|exam|class|course|grade|assessment|subject|year)s?\\b",
                "(?i)\\bflunk\\w*", "\\bGPA\\b", "(?i)\\breport\\s+cards?\\b", "(?i)\\bfailing\\s+(?:grade|math|reading|science|class)",
                "(?i)\\b(?:test|exam|quiz|assessment|reading|MAP|state\\s+test)\\s+(?:results?|scores?|grades?)\\b",
                "(?i)\\b(?:lowest|worst|bad|low|poor)\\s+(?:score|grade|mark)s?\\b",
                "(?i)\\b(?:below|behind)\\s+grade\\s+level\\b", "(?i)\\b(?:held\\s+back|repeat(?:ing)?\\s+(?:the\\s+)?(?:grade|year))\\b"),
        SPECIAL_EDUCATION("special-education information (an IEP, a 504 plan or services)",
                "Remove it. IEPs, 504 plans and support services are shared only with the family and the staff who need them.",
                "\\bIEPs?\\b", "(?i)\\b504\\s+plans?\\b", "(?i)\\bsection\\s+504\\b", "(?i)\\bspecial[- ]ed(?:ucation)?\\b",
                "(?i)\\bresource\\s+room\\b", "(?i)\\blearning\\s+disabilit(?:y|ies)\\b", "(?i)\\bdisabilit(?:y|ies)\\b",
                "(?i)\\bdyslexi[ac]\\b", "(?i)\\bspeech\\s+therapy\\b", "(?i)\\bpull-?out\\s+services\\b",
                "\\b(?:ELL|ESL)\\b", "(?i)\\bEnglish\\s+learner\\b"),
        DISCIPLINE("a discipline matter",
                "Remove it. Discipline is a private matter between the school, the student and the family.",
                "(?i)\\bsuspensions?\\b(?!\\s+(?:bridge|of\\b|system))",
                "(?i)\\b(?:was|got|been|be|being|is|were|are)\\s+suspended\\b(?!\\s+(?:from\\s+(?:a|the\\s+ceiling|strings?)|in\\b|above|by\\b|between))",
                "(?i)\\bdetentions?\\b", "(?i)\\b(?:was|got|been|be|being|were)\\s+expelled\\b", "(?i)\\bexpulsion\\b",
                "(?i)\\boffice\\s+referrals?\\b", "(?i)\\bsent\\s+to\\s+the\\s+(?:principal|office)\\b",
                "(?i)\\bbehaviou?r\\s+(?:plan|contract|chart|report)s?\\b", "(?i)\\bdisciplin(?:e|ed|ary)\\b",
                "(?i)\\b(?:got|is|was|in)\\s+(?:big\\s+)?trouble\\b", "(?i)\\bwritten\\s+up\\b"),
        HEALTH("health or medical information",
                "Remove the health details. They are shared only with the people who need them, through the school nurse or office.",
                "(?i)\\bdiagnos(?:is|ed|es|e)\\b", "(?i)\\bmedications?\\b", "(?i)\\bmeds\\b", "(?i)\\ballerg(?:y|ies|ic)\\b",
                "\\bADHD\\b", "\\bADD\\b", "(?i)\\basthma(?:tic)?\\b", "(?i)\\bautis(?:m|tic)\\b", "(?i)\\bon\\s+the\\s+spectrum\\b",
                "(?i)\\bdiabet(?:es|ic)\\b", "(?i)\\bepilep(?:sy|tic)\\b", "(?i)\\bseizures?\\b", "(?i)\\binhaler\\b",
                "(?i)\\bepi-?pen\\b", "(?i)\\b(?:therapy|therapist|psychologist|psychiatrist)\\b",
                "(?i)\\b(?:sees|seeing|saw|visits|goes\\s+to)\\s+(?:a|the|her|his)?\\s*counsell?or\\b",
                "(?i)\\bdepress(?:ion|ed)\\b", "(?i)\\banxiety\\b", "(?i)\\beating\\s+disorder\\b", "(?i)\\bconcussion\\b",
                "(?i)\\bsurgery\\b", "(?i)\\b(?:in|to)\\s+the\\s+hospital\\b", "(?i)\\bhospitali[sz]ed\\b",
                "(?i)\\b(?:was|is|been|got|feeling|fell|went\\s+home)\\s+(?:sick|ill)\\b", "(?i)\\billness\\b",
                "(?i)\\b(?:went|sent|go|goes)\\s+to\\s+the\\s+nurse\\b", "(?i)\\b(?:head\\s+)?lice\\b", "(?i)\\bhas\\s+cancer\\b",
                "(?i)\\bpregnan(?:t|cy)\\b", "(?i)\\bbroke\\s+(?:his|her|their)\\s+(?:arm|leg|wrist|ankle)\\b"),
        ATTENDANCE("attendance (absences, lateness)",
                "Remove it. Attendance records are private; the office talks to the family about them.",
                "(?i)\\babsen(?:t|ce|ces)\\b", "(?i)\\btard(?:y|ies)\\b", "(?i)\\btruan(?:t|cy)\\b", "(?i)\\battendance\\b",
                "(?i)\\bmissed\\s+(?:\\d+|\\w+)\\s+days\\b", "(?i)\\bmissed\\s+(?:school|class)\\b", "(?i)\\bskipped\\s+(?:school|class)\\b"),
        BIRTH_DATE("a birth date",
                "Remove the date. Birth dates help identity thieves; say \"this week\" or leave it out.",
                "(?i)\\bdate\\s+of\\s+birth\\b", "\\bDOB\\b"),
        ADDRESS("a home address",
                "Remove the address. Never post where a student lives.",
                "\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Circle|Cir|Terrace|Parkway|Pkwy|Trail|Highway|Hwy)\\b\\.?",
                "(?i)\\bhome\\s+address\\b", "(?i)\\b(?:apartment|apt\\.?)\\s*#?\\s*\\d+[A-Za-z]?\\b"),
        PHONE("a phone number",
                "Remove the phone number. Families reach each other through the school, not on class pages.",
                "(?<![\\d-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\d-])",
                "(?<![\\d-])\\d{3}-\\d{4}(?![\\d-])"),
        EMAIL("a personal e-mail address",
                "Remove the e-mail address. Students and families are contacted through the school's own channels.",
                "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
        FAMILY("family or custody matters",
                "Remove it. Family circumstances are private and must not be posted.",
                "(?i)\\bdivorc(?:e|ed|es|ing)\\b", "(?i)\\bcustody\\b",
                "(?i)\\bfoster\\s+(?:care|home|family|families|parents?|mom|dad|kids?|child(?:ren)?)\\b", "(?i)\\bin\\s+foster\\b",
                "(?i)\\bparents\\s+(?:are|were|got)\\s+separat\\w+", "(?i)\\brestraining\\s+order\\b", "(?i)\\bincarcerat\\w+",
                "(?i)\\b(?:dad|father|mom|mother|parent|brother|sister|uncle)\\s+(?:is|was|went)\\s+(?:in|to)\\s+(?:jail|prison)\\b",
                "\\bCPS\\b", "(?i)\\bsocial\\s+worker\\b", "(?i)\\bhomeless(?:ness)?\\b", "(?i)\\bevict(?:ed|ion)\\b",
                "(?i)\\bfree\\s+(?:and\\s+reduced\\s+)?lunch\\b");

        final String label;
        final String fix;
        final List<ScreenedPattern> patterns;

        Matter(String label, String fix, String... regexes) {
            this.label = label;
            this.fix = fix;
            this.patterns = Arrays.stream(regexes).map(ScreenedPattern::compile).toList();
        }

        boolean isContact() {
            return this == ADDRESS || this == PHONE || this == EMAIL;
        }
    }

    record MatterHit(Matter matter, TextSpan span) { }

    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)\\b(?:born|birthday|birth\\s+date|date\\s+of\\s+birth|DOB|turns?\\s+\\d+|turning\\s+\\d+)\\b");
    private static final Pattern STAFF_TITLE = Pattern.compile(
            "(?i)\\b(?:mr|mrs|ms|miss|mx|dr|coach|principal|teacher|office|school|front\\s+desk|library|librarian|district|nurse|counsell?or)\\b\\.?");
    private static final Pattern STAFF_SELF = Pattern.compile("(?i)\\b(?:me|my)\\b");
    /** Dates this long ago are history ("Lincoln was born February 12, 1809"), not a student's birthday. */
    private static final int OLDEST_STUDENT_BIRTH_YEAR = LocalDate.now().getYear() - 30;
    private static final int NEAR = 1;

    @Override
    public String id() {
        return "student-privacy";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.STUDENT_PRIVACY;
    }

    @Override
    public List<Finding> check(Review review) {
        ContentDocument doc = review.document();
        String text = doc.text();
        RosterIndex roster = review.rosterIndex();
        List<StudentMention> mentions = roster.mentionsIn(text);
        SentenceIndex sentences = new SentenceIndex(text);
        List<Finding> findings = new ArrayList<>();

        for (StudentMention mention : mentions) {
            if (mention.form() == StudentMention.Form.STUDENT_NUMBER) {
                findings.add(finding(doc, Severity.BLOCK, mention.span(),
                        "This is the student number of a student on your roster. Student numbers are confidential.",
                        "Remove the student number."));
            } else if (mention.form().identifies() && mention.student().directoryOptOut()) {
                findings.add(finding(doc, Severity.BLOCK, mention.span(),
                        "This names a student whose family asked the school not to publish their name,"
                                + " even for good news.",
                        "Remove the name, or write \"a student\" or \"our class\" instead."));
            } else if (mention.form().identifies() && review.audience() == Audience.PUBLIC
                    && !mention.student().namedInPublic()) {
                findings.add(finding(doc, Severity.BLOCK, mention.span(),
                        "This page is public, and this student's family has not agreed to their child's name"
                                + " appearing on public pages.",
                        "Remove the name, or publish to the class or the district instead."));
            }
        }

        for (DateMention date : DateMention.findIn(text)) {
            checkDate(doc, roster, mentions, sentences, date, findings);
        }

        for (MatterHit hit : matters(text)) {
            if (hit.matter().isContact() && isStaffContact(text, hit.span(), review.authorIsStaff())) {
                continue;
            }
            StudentMention student = nearest(mentions, hit.span(), sentences);
            if (student == null && hit.matter() == Matter.EMAIL) {
                student = emailOwner(roster, doc.excerpt(hit.span()), hit.span());
            }
            if (student != null) {
                TextSpan span = new TextSpan(Math.min(student.span().start(), hit.span().start()),
                        Math.max(student.span().end(), hit.span().end()));
                findings.add(finding(doc, Severity.BLOCK, span,
                        "This connects " + doc.excerpt(student.span()) + " with " + hit.matter().label
                                + ". That is confidential student information and must not be posted.",
                        hit.matter().fix));
            } else if (hit.matter().isContact() && !review.authorIsStaff()) {
                findings.add(finding(doc, Severity.WARN, hit.span(),
                        "This looks like " + hit.matter().label.replace("a personal", "an")
                                + ". Don't share your own or a friend's contact details online.",
                        "Take it out. If someone needs to reach you, ask your teacher to help."));
            }
        }
        findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return findings;
    }

    private void checkDate(ContentDocument doc, RosterIndex roster, List<StudentMention> mentions,
                           SentenceIndex sentences, DateMention date, List<Finding> findings) {
        LocalDate full = date.date();
        if (full != null && !roster.bornOn(full).isEmpty()) {
            findings.add(finding(doc, Severity.BLOCK, date.span(),
                    "This is the birth date of a student on your roster. Birth dates are confidential.",
                    Matter.BIRTH_DATE.fix));
            return;
        }
        if (date.year() != null && date.year() < OLDEST_STUDENT_BIRTH_YEAR) {
            return;
        }
        StudentMention student = nearest(mentions, date.span(), sentences);
        if (student == null || !birthCueNear(doc.text(), date.span(), sentences)) {
            return;
        }
        TextSpan span = new TextSpan(Math.min(student.span().start(), date.span().start()),
                Math.max(student.span().end(), date.span().end()));
        findings.add(finding(doc, Severity.BLOCK, span,
                "This gives the birth date of " + doc.excerpt(student.span()) + ". Birth dates are confidential.",
                Matter.BIRTH_DATE.fix));
    }

    private static boolean birthCueNear(String text, TextSpan date, SentenceIndex sentences) {
        Matcher cue = BIRTH_CUE.matcher(text);
        while (cue.find()) {
            if (sentences.near(new TextSpan(cue.start(), cue.end()), date, 0)) {
                return true;
            }
        }
        return false;
    }

    static List<MatterHit> matters(String text) {
        List<MatterHit> hits = new ArrayList<>();
        ScreenedPattern.Screened screenedText = ScreenedPattern.Screened.of(text);
        for (Matter matter : Matter.values()) {
            for (ScreenedPattern screened : matter.patterns) {
                for (TextSpan span : screened.matches(text, screenedText)) {
                    if (hits.stream().noneMatch(h -> h.span().overlaps(span))) {
                        hits.add(new MatterHit(matter, span));
                    }
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return hits;
    }

    /** The closest naming of a student within the sentence window; family names alone are too ambiguous. */
    private static StudentMention nearest(List<StudentMention> mentions, TextSpan span, SentenceIndex sentences) {
        StudentMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (StudentMention mention : mentions) {
            if (mention.form() == StudentMention.Form.FAMILY_NAME || !sentences.near(mention.span(), span, NEAR)) {
                continue;
            }
            int distance = mention.span().end() <= span.start() ? span.start() - mention.span().end()
                    : Math.max(0, mention.span().start() - span.end());
            if (distance < bestDistance) {
                best = mention;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "maya.ramirez@…" names its owner even with nobody mentioned nearby. */
    private static StudentMention emailOwner(RosterIndex roster, String email, TextSpan span) {
        String local = email.substring(0, email.indexOf('@')).replaceAll("[._+-]+", " ");
        return roster.mentionsIn(local).stream()
                .filter(m -> m.form() == StudentMention.Form.FULL_NAME || m.form() == StudentMention.Form.STUDENT_NUMBER)
                .findFirst()
                .map(m -> new StudentMention(m.student(), span, m.form()))
                .orElse(null);
    }

    /** A contact right after a staff title or place ("Mrs. Hill at 555-0100", "the office: 555-0100"). */
    private static boolean isStaffContact(String text, TextSpan contact, boolean staffAuthor) {
        int from = Math.max(0, contact.start() - 40);
        int lineStart = text.lastIndexOf('\n', contact.start() - 1) + 1;
        String before = text.substring(Math.max(from, lineStart), contact.start());
        return STAFF_TITLE.matcher(before).find() || staffAuthor && STAFF_SELF.matcher(before).find();
    }

    private Finding finding(ContentDocument doc, Severity severity, TextSpan span, String message, String fix) {
        return new Finding(clause(), id(), severity, span, doc.excerpt(span), message, fix);
    }
}
