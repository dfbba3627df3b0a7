package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;

/**
 * Clause LINKS: only http, https and mailto links may be published. Relative links to the platform's own
 * pages are allowed; anything else (javascript:, data:, file:, ftp:, custom app schemes) is blocked.
 */
public final class LinkSchemeRule implements PolicyRule {

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    @Override
    public String id() {
        return "link-scheme";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.LINKS;
    }

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        ContentDocument doc = review.document();
        for (ContentDocument.Link link : doc.links()) {
            String scheme = schemeOf(link.href());
            if (scheme != null && !ALLOWED.contains(scheme)) {
                findings.add(new Finding(clause(), id(), Severity.BLOCK, link.span(), doc.excerpt(link.span()),
                        "This link uses '" + scheme + ":', which the district does not allow.",
                        "Link to a web page (https://…) or an e-mail address (mailto:…) instead."));
            }
        }
        return findings;
    }

    /** The scheme of an absolute URL, lower-cased; null for a relative link. */
    static String schemeOf(String href) {
        String trimmed = href.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String candidate = trimmed.substring(0, colon);
        if (!candidate.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return null;
        }
        return candidate.toLowerCase(Locale.ROOT);
    }
}
