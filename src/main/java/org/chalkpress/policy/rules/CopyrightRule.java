package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.MediaCredit;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;

/**
 * Clause COPYRIGHT: respect copyright and fair use. Every image, video, recording or embedded frame that is
 * not the author's own work needs a source and a licence, either in the media credits the editor collected
 * ({@link Review#mediaCredits()}) or in a credit line right after it ("Photo: Jane Doe, CC BY 2.0").
 * Missing credit blocks media hot-linked from another site (we cannot know its terms and it may vanish or
 * change) and warns on media uploaded to the platform. Fair use without a written justification blocks.
 */
public final class CopyrightRule implements PolicyRule {

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)\\b(?:photo|photograph|image|picture|video|clip|audio|music|song|sound|illustration|drawing|map|credit|source)s?"
                    + "\\s*(?:by|from|:|—|–|-)\\s*\\S|\\bcourtesy\\s+of\\s+\\S|©|\\(c\\)\\s*\\d{4}");
    private static final Pattern LICENCE_LINE = Pattern.compile(
            "(?i)\\bCC[- ]?(?:BY|0|zero)\\b|\\bcreative\\s+commons\\b|\\bpublic\\s+domain\\b|\\bwith\\s+permission\\b");
    private static final Pattern OWN_WORK_LINE = Pattern.compile(
            "(?i)\\b(?:own\\s+work|by\\s+me|my\\s+own|(?:photo|picture|video|drawing|recording)s?\\s+(?:taken\\s+|made\\s+|drawn\\s+)?by\\s+(?:me|us|our\\s+class|the\\s+class|my\\s+students))\\b");

    @Override
    public String id() {
        return "copyright";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.COPYRIGHT;
    }

    @Override
    public List<Finding> check(Review review) {
        ContentDocument doc = review.document();
        List<Finding> findings = new ArrayList<>();
        for (ContentDocument.Media media : doc.media()) {
            if (media.src() == null || media.src().isBlank()) {
                continue;
            }
            String name = fileName(media.src());
            MediaCredit credit = review.mediaCredits().get(media.src());
            if (credit != null && credit.ownWork()) {
                continue;
            }
            if (credit != null && credit.licence() == MediaCredit.Licence.FAIR_USE && credit.fairUseJustification().isEmpty()) {
                findings.add(finding(doc, media, Severity.BLOCK,
                        "The " + kind(media) + " \"" + name + "\" is marked fair use, but no reason is given.",
                        "Explain why this use is fair (for example: a small part, used for teaching, commented on),"
                                + " or use media with an open licence."));
                continue;
            }
            boolean credited = credit != null && !credit.source().isEmpty() && credit.licence() != null;
            if (credited || creditedInCaption(doc.text(), media)) {
                continue;
            }
            boolean hotLinked = isHotLinked(media.src(), review.platformHosts());
            String missing = credit != null && !credit.source().isEmpty() ? "no licence" : "no source or licence";
            findings.add(finding(doc, media, hotLinked ? Severity.BLOCK : Severity.WARN,
                    "The " + kind(media) + " \"" + name + "\" has " + missing + (hotLinked
                            ? ", and it is shown straight from another website." : "."),
                    "Mark it as your own work, or add where it comes from and its licence (for example"
                            + " \"Photo: Jane Doe, CC BY 2.0\", public domain, or used with permission)."));
        }
        return findings;
    }

    /** A credit line in the text right after the media (its caption): source and licence, or own work. */
    static boolean creditedInCaption(String text, ContentDocument.Media media) {
        int from = media.span().start();
        int to = Math.min(text.length(), from + 300);
        String after = text.substring(from, to).stripLeading();
        int lineEnd = after.indexOf('\n');
        String caption = lineEnd < 0 ? after : after.substring(0, lineEnd);
        return OWN_WORK_LINE.matcher(caption).find()
                || SOURCE_LINE.matcher(caption).find() && LICENCE_LINE.matcher(caption).find();
    }

    static boolean isHotLinked(String src, Set<String> platformHosts) {
        Optional<LinkTarget> target = LinkTarget.parse(src);
        return target.isPresent() && platformHosts.stream().noneMatch(target.get()::matchesDomain);
    }

    private static String kind(ContentDocument.Media media) {
        return switch (media.tag()) {
            case "img" -> "image";
            case "iframe", "embed" -> "embedded content";
            default -> media.tag();
        };
    }

    private static String fileName(String src) {
        String path = src.replaceAll("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        String name = slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
        return name.length() > 60 ? name.substring(0, 57) + "…" : name;
    }

    private Finding finding(ContentDocument doc, ContentDocument.Media media, Severity severity, String message, String fix) {
        return new Finding(clause(), id(), severity, media.span(), doc.excerpt(media.span()), message, fix);
    }
}
