package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.CorpusMatch;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;
import org.chalkpress.policy.Word;

/**
 * Clause CITATION: link to your sources, give credit, do not plagiarise. A quotation (blockquote or q) needs
 * a source: a cite attribute, a link inside it, a credit line right after it ("— Maya Angelou", "Source:
 * …") or an attribution just before it ("As Dr. King said, …"). And when the gate supplies a
 * {@link org.chalkpress.policy.ContentCorpus}, a text that is at least half the same as another page there
 * (Jaccard similarity of five-word runs ≥ 0.5) must link to that page or name it. Both WARN: the author may
 * well have permission, but readers deserve the credit.
 */
public final class CitationRule implements PolicyRule {

    public static final double COPY_THRESHOLD = 0.5;
    /** Shorter texts share five-word runs by chance (song lyrics, the pledge) more than by copying. */
    static final int MIN_WORDS_FOR_COPY_CHECK = 40;

    private static final Pattern CREDIT_AFTER = Pattern.compile(
            "^(?:[\"”’')\\]]*\\s*)(?:[—–~]|--|-\\s|(?i:source|from|credit|quoted\\s+from|by)\\s*:?\\s+\\S"
                    + "|[,.]?\\s*(?i:said|says|wrote|writes|according\\s+to|asked|explained)\\b)");
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|wrote|writes|according\\s+to|as\\s+\\S+(?:\\s+\\S+)?\\s+(?:put|puts)\\s+it|in\\s+(?:his|her|their)\\s+(?:book|speech|poem|letter))\\b[^.!?]*$");

    private static final Pattern CREDIT_CUE = Pattern.compile(
            "(?i)\\b(?:from|source|sources|see|credit|credits|based\\s+on|according\\s+to|copied|adapted|quoted|thanks\\s+to)\\b[^.!?\\n]*$");

    @Override
    public String id() {
        return "citation";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.CITATION;
    }

    @Override
    public List<Finding> check(Review review) {
        ContentDocument doc = review.document();
        String text = doc.text();
        List<Finding> findings = new ArrayList<>();
        for (ContentDocument.Quote quote : doc.quotes()) {
            if (!quote.cite().isBlank() || !quote.links().isEmpty() || creditedAround(text, quote.span())) {
                continue;
            }
            findings.add(new Finding(clause(), id(), Severity.WARN, quote.span(), doc.excerpt(quote.span()),
                    "This quotation does not say who said or wrote it.",
                    "Add the source right after the quote (for example \"— Roald Dahl, Matilda\") or link to it."));
        }
        copiedPage(review).ifPresent(match -> {
            TextSpan all = new TextSpan(0, text.length());
            findings.add(new Finding(clause(), id(), Severity.WARN, all, doc.excerpt(all),
                    String.format(Locale.ROOT, "About %d%% of this text is the same as \"%s\" (%s), but it does not"
                            + " link to it or name it.", Math.round(match.similarity() * 100), match.title(), match.url()),
                    "Put what you learned in your own words, or quote it and link to \"" + match.title() + "\"."));
        });
        return findings;
    }

    private static boolean creditedAround(String text, TextSpan quote) {
        int afterEnd = Math.min(text.length(), quote.end() + 120);
        String after = text.substring(quote.end(), afterEnd).stripLeading();
        if (CREDIT_AFTER.matcher(after).find()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
        int beforeStart = Math.max(lineStart, quote.start() - 120);
        String before = quote.start() > beforeStart ? text.substring(beforeStart, quote.start()) : "";
        if (before.isBlank() && beforeStart > 0) {
            int previousLineStart = text.lastIndexOf('\n', Math.max(0, beforeStart - 2)) + 1;
            before = text.substring(previousLineStart, beforeStart);
        }
        return CREDIT_BEFORE.matcher(before.strip().replaceAll("[:,\"“]+$", "")).find();
    }

    private static Optional<CorpusMatch> copiedPage(Review review) {
        if (review.corpus().isEmpty()) {
            return Optional.empty();
        }
        String text = review.document().text();
        if (Word.scan(text).size() < MIN_WORDS_FOR_COPY_CHECK) {
            return Optional.empty();
        }
        return review.corpus().get().bestMatch(text, review.pageId())
                .filter(match -> match.similarity() >= COPY_THRESHOLD)
                .filter(match -> !credits(review.document(), match));
    }

    /** A link to the page, or its title named as a source ("from The Water Cycle"); a heading that repeats the title is not credit. */
    private static boolean credits(ContentDocument doc, CorpusMatch match) {
        if (match.title() != null && !match.title().isBlank()) {
            String text = doc.text().toLowerCase(Locale.ROOT);
            String title = match.title().toLowerCase(Locale.ROOT);
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                if (CREDIT_CUE.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
                    return true;
                }
            }
        }
        String[] target = hostAndPath(match.url());
        return target != null && doc.links().stream().map(l -> hostAndPath(l.href())).anyMatch(link -> link != null
                && link[1].equals(target[1]) && (link[0].isEmpty() || target[0].isEmpty() || link[0].equals(target[0])));
    }

    /** {host without www, path without trailing slash}; a relative link has no host and matches by path. */
    private static String[] hostAndPath(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip().replaceAll("[?#].*$", "");
        String host = LinkTarget.parse(s).map(t -> t.host().replaceFirst("^www\\.", "")).orElse("");
        String path = s.replaceFirst("^(?i)(?:https?:)?//[^/]*", "");
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new String[] {host, path.toLowerCase(Locale.ROOT)};
    }
}
