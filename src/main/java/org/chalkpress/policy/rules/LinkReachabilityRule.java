package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;

/**
 * Clause LINKS: links are checked for reachability before publish. Turns what the link checker found
 * ({@link Review#linkResults()}, gathered by the gate at publish time only) into findings:
 * <ul>
 * <li>the link did not answer: WARN — sites go down for an afternoon, and the teacher may know better;
 * <li>it led to a private network, a blocked or unapproved site, or it is a shortened link that could not be
 *     expanded: BLOCK;
 * <li>a shortened link that was expanded: WARN naming where it really goes, so the teacher can use that.
 * </ul>
 * A link {@link LinkDomainRule} already blocks as written is not reported twice. Without link results (the
 * editor's live check, previews) this rule finds nothing.
 */
public final class LinkReachabilityRule implements PolicyRule {

    static final String LINK_DOMAIN_RULE = "link-domain";

    @Override
    public String id() {
        return "link-reachable";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.LINKS;
    }

    @Override
    public List<Finding> check(Review review) {
        if (review.linkResults().isEmpty()) {
            return List.of();
        }
        LinkDomainLists lists = LinkDomainLists.of(review.settings());
        boolean domainRuleOn = !review.settings().disabledRules().contains(LINK_DOMAIN_RULE);
        ContentDocument doc = review.document();
        List<Finding> findings = new ArrayList<>();
        for (ContentDocument.Link link : doc.links()) {
            LinkResult result = review.linkResults().get(link.href());
            if (result == null) {
                continue;
            }
            LinkTarget target = LinkTarget.parse(link.href()).orElse(null);
            switch (result.outcome()) {
                case BROKEN -> findings.add(finding(doc, link, Severity.WARN,
                        "This link did not answer (" + result.reason() + ").",
                        "Check the address or remove the link."));
                case REFUSED -> {
                    boolean alreadyBlocked = domainRuleOn && !result.afterRedirect() && target != null
                            && lists.blockedWithoutContact(target);
                    if (!alreadyBlocked) {
                        findings.add(finding(doc, link, Severity.BLOCK,
                                "This link cannot be published: " + result.reason() + ".",
                                "Remove the link, or link to the page it should lead to directly."));
                    }
                }
                case OK -> {
                    if (target != null && lists.isShortener(target.host()) && !result.finalUrl().equals(link.href())) {
                        findings.add(finding(doc, link, Severity.WARN,
                                "This shortened link leads to " + result.finalUrl() + ".",
                                "Use the full address instead, so readers can see where the link goes."));
                    }
                }
            }
        }
        return findings;
    }

    private Finding finding(ContentDocument doc, ContentDocument.Link link, Severity severity, String message, String fix) {
        return new Finding(clause(), id(), severity, link.span(), doc.excerpt(link.span()), message, fix);
    }
}
