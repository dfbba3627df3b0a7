package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/**
 * Clause CLASSROOM: what is inappropriate in the classroom is inappropriate online. Finds profanity, slurs
 * and harassment (BLOCK) and adult themes (WARN) from the district's word lists, seeing through the usual
 * disguises ("sh1t", "f u c k", "s.h.i.t", "shiiit") while never matching inside a longer word. Posts,
 * comments and captions get the same check; the messages are worded so a ten-year-old understands them.
 */
public final class ClassroomLanguageRule implements PolicyRule {

    private enum Category {
        PROFANITY("profanity", Severity.BLOCK,
                "\"%s\" is a swear word. Words we would not say in class do not belong here either.",
                "Take the word out or use a kinder one."),
        SLURS("slurs", Severity.BLOCK,
                "\"%s\" is a hurtful word for a group of people. It is never OK in class or online.",
                "Remove the word. If you are writing about it for a lesson, talk to your teacher first."),
        HARASSMENT("harassment", Severity.BLOCK,
                "\"%s\" could really hurt someone. We treat each other with respect, online too.",
                "Remove this. Say what you disagree with, kindly, without attacking the person."),
        ADULT("adult", Severity.WARN,
                "\"%s\" may be an adult topic that is not right for a class page. A teacher should check it.",
                "Remove it, or make sure it is needed for the lesson and suits the age of the class.");

        final String list;
        final Severity severity;
        final String message;
        final String fix;

        Category(String list, Severity severity, String message, String fix) {
            this.list = list;
            this.severity = severity;
            this.message = message;
            this.fix = fix;
        }
    }

    private record Lists(TermList[] byCategory) { }

    private final CompiledForSettings<Lists> lists = new CompiledForSettings<>(settings -> {
        List<String> exceptions = WordLists.resolve(settings, "classroom-exceptions");
        TermList[] compiled = new TermList[Category.values().length];
        for (Category category : Category.values()) {
            compiled[category.ordinal()] = new TermList(WordLists.resolve(settings, category.list), exceptions);
        }
        return new Lists(compiled);
    });

    @Override
    public String id() {
        return "classroom-language";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.CLASSROOM;
    }

    @Override
    public List<Finding> check(Review review) {
        ContentDocument doc = review.document();
        NormalisedWords words = NormalisedWords.of(doc.text());
        TermList[] compiled = lists.get(review.settings()).byCategory();
        List<Finding> findings = new ArrayList<>();
        List<TextSpan> taken = new ArrayList<>();
        for (Category category : Category.values()) {
            for (TermList.Hit hit : compiled[category.ordinal()].find(words)) {
                if (taken.stream().anyMatch(hit.span()::overlaps)) {
                    continue;
                }
                taken.add(hit.span());
                String excerpt = doc.excerpt(hit.span());
                findings.add(new Finding(clause(), id(), category.severity, hit.span(), excerpt,
                        String.format(category.message, excerpt), category.fix));
            }
        }
        return findings;
    }
}
