package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;

/**
 * Clause SUBSTANCES: photos relating to alcohol or tobacco may be inappropriate. Flags (WARN, for a person to
 * review) words about alcohol, tobacco and vaping in the text, captions and alt text, in media's alt text
 * and in media file names ("ipa-tasting.jpg"). A warning, not a block: a health lesson on vaping or a
 * history page on Prohibition is legitimate, and those are flagged too so someone looks at the pictures.
 * Harmless phrases are excepted ("root beer float", "cotton gin", "rubbing alcohol", "wine-coloured").
 */
public final class SubstancesRule implements PolicyRule {

    private static final String FIX = "Check that it is needed for the lesson and shows no one drinking, smoking or"
            + " vaping; otherwise remove it.";

    private final CompiledForSettings<TermList> terms = new CompiledForSettings<>(settings -> new TermList(
            WordLists.resolve(settings, "substances"), WordLists.resolve(settings, "substances-exceptions")));

    @Override
    public String id() {
        return "substances";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.SUBSTANCES;
    }

    @Override
    public List<Finding> check(Review review) {
        TermList list = terms.get(review.settings());
        ContentDocument doc = review.document();
        List<Finding> findings = new ArrayList<>();
        for (TermList.Hit hit : list.find(doc.text())) {
            String excerpt = doc.excerpt(hit.span());
            findings.add(new Finding(clause(), id(), Severity.WARN, hit.span(), excerpt,
                    "\"" + excerpt + "\" is about alcohol, tobacco or vaping, which may not be right for a class"
                            + " page. A teacher will look at it.", FIX));
        }
        for (ContentDocument.Media media : doc.media()) {
            String where = null;
            List<TermList.Hit> hits = list.find(media.alt());
            if (!hits.isEmpty()) {
                where = "description (alt text) \"" + media.alt() + "\"";
            } else if (!list.find(readableFileName(media.src())).isEmpty()) {
                where = "file name \"" + media.src().replaceAll("^.*/", "") + "\"";
            }
            if (where != null) {
                findings.add(new Finding(clause(), id(), Severity.WARN, media.span(), doc.excerpt(media.span()),
                        "The " + where + " suggests this media shows alcohol, tobacco or vaping. A teacher will look"
                                + " at it.", FIX));
            }
        }
        findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return findings;
    }

    /** "/media/IPA_tasting-night2.JPG" reads as "IPA tasting night2 JPG"; "craftBeer.png" as "craft Beer png". */
    static String readableFileName(String src) {
        if (src == null) {
            return "";
        }
        String name = src.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[-_.+%]+", " ");
    }
}
