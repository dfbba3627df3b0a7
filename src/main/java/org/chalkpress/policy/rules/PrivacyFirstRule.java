package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.StudentMention;
import org.chalkpress.policy.TextSpan;
import org.chalkpress.policy.Word;

/**
 * Clause PRIVACY-FIRST: privacy is paramount; assume everything posted is public. On a page anyone on the
 * internet can read, a roster student's family name is not shown unless the site allows it. Flags the family
 * name after a given name ("Maya Ramirez"), and a family name on its own ("the Ramirez family") when the same
 * student is named elsewhere in the text — a surname alone that is also an everyday word or a famous name
 * ("King", "Martin Luther King") is not taken for a student's. "Mrs. Ramirez" is a member of staff.
 */
public final class PrivacyFirstRule implements PolicyRule {

    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\b(?:mr|mrs|ms|miss|mx|dr|coach|professor)\\.?\\s*$");

    @Override
    public String id() {
        return "privacy-first-surnames";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.PRIVACY_FIRST;
    }

    @Override
    public List<Finding> check(Review review) {
        if (review.audience() != Audience.PUBLIC || review.surnamesAllowedInPublic()) {
            return List.of();
        }
        ContentDocument doc = review.document();
        String text = doc.text();
        List<StudentMention> mentions = review.rosterIndex().mentionsIn(text);
        Set<RosterStudent> namedByGivenName = mentions.stream()
                .filter(m -> m.form() != StudentMention.Form.FAMILY_NAME && m.form() != StudentMention.Form.STUDENT_NUMBER)
                .map(StudentMention::student)
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (StudentMention mention : mentions) {
            TextSpan surname = switch (mention.form()) {
                case FULL_NAME -> familyPart(text, mention);
                case FAMILY_NAME -> namedByGivenName.contains(mention.student())
                        && !TITLE_BEFORE.matcher(text.substring(Math.max(0, mention.span().start() - 12),
                        mention.span().start())).find() ? mention.span() : null;
                default -> null;
            };
            if (surname == null) {
                continue;
            }
            String given = mention.student().givenName();
            String initial = mention.student().familyName().substring(0, 1).toUpperCase() + ".";
            findings.add(new Finding(clause(), id(), Severity.WARN, surname, doc.excerpt(surname),
                    "This page is public, and it shows a student's family name (\"" + doc.excerpt(surname) + "\")."
                            + " Anyone on the internet could find the student.",
                    "Use first name and last initial: \"" + given + " " + initial + "\"."));
        }
        return findings;
    }

    /** The family-name words at the end of a full-name mention. */
    private static TextSpan familyPart(String text, StudentMention mention) {
        int familyWords = Word.scan(mention.student().familyName()).size();
        List<Word> words = Word.scan(text.substring(mention.span().start(), mention.span().end()));
        Word first = words.get(words.size() - familyWords);
        return new TextSpan(mention.span().start() + first.start(), mention.span().end());
    }
}
