package org.chalkpress.policy.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicyRule;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;

/**
 * Clause LINKS: linked content must be appropriate and follow district policy. Reads where each link (and
 * each embedded frame or media file) really goes, as {@link LinkTarget} does, then:
 * <ul>
 * <li>an IP address instead of a name, or this machine or a private network: BLOCK (never a public page);
 * <li>a domain on the district's block list, or one of its subdomains: BLOCK;
 * <li>when the district keeps an allow list, any other domain: BLOCK, not WARN — an allow list is a
 *     district decision (typically for young classes) that a teacher cannot click past;
 * <li>a URL shortener: WARN, since no one can see where it leads (the link checker may expand it later).
 * </ul>
 * Relative links (the platform's own pages) and non-web schemes (see {@link LinkSchemeRule}) are left alone.
 */
public final class LinkDomainRule implements PolicyRule {

    private record Lists(Set<String> blocked, Set<String> allowed, Set<String> shorteners) { }

    private final CompiledForSettings<Lists> lists = new CompiledForSettings<>(LinkDomainRule::compile);

    private static Lists compile(PolicySettings settings) {
        Set<String> shorteners = new HashSet<>(WordLists.defaults("url-shorteners"));
        shorteners.addAll(settings.wordList("url-shorteners"));
        return new Lists(normalised(settings.blockedDomains()), normalised(settings.allowedDomains()),
                normalised(shorteners));
    }

    private static Set<String> normalised(Set<String> domains) {
        return domains.stream()
                .map(d -> LinkTarget.parse(d.contains("//") ? d : "https://" + d).map(LinkTarget::host).orElse(""))
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return "link-domain";
    }

    @Override
    public ClauseId clause() {
        return ClauseId.LINKS;
    }

    @Override
    public List<Finding> check(Review review) {
        Lists compiled = lists.get(review.settings());
        ContentDocument doc = review.document();
        List<Finding> findings = new ArrayList<>();
        for (ContentDocument.Link link : doc.links()) {
            // An expanded short link is reported by LinkReachabilityRule, with where it really goes.
            boolean expanded = review.linkResults().containsKey(link.href())
                    && review.linkResults().get(link.href()).outcome() == LinkResult.Outcome.OK;
            judge(link.href(), compiled, expanded).ifPresent(j -> findings.add(
                    new Finding(clause(), id(), j.severity, link.span(), doc.excerpt(link.span()), j.message, j.fix)));
        }
        for (ContentDocument.Media media : doc.media()) {
            if (servedByThePlatform(media.src(), review.platformHosts())) {
                continue;
            }
            judge(media.src(), compiled, true).ifPresent(j -> findings.add(
                    new Finding(clause(), id(), j.severity, media.span(), doc.excerpt(media.span()),
                            "The embedded " + media.tag() + " from " + media.src() + ": " + lowerFirst(j.message), j.fix)));
        }
        findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return findings;
    }

    /** The platform's own uploads (its media library) are not outside content, whatever its host name. */
    private static boolean servedByThePlatform(String src, java.util.Set<String> platformHosts) {
        Optional<LinkTarget> target = LinkTarget.parse(src);
        return target.isPresent() && platformHosts.stream().anyMatch(target.get()::matchesDomain);
    }

    private record Judgement(Severity severity, String message, String fix) { }

    private static Optional<Judgement> judge(String href, Lists lists, boolean shortenerExempt) {
        Optional<LinkTarget> parsed = LinkTarget.parse(href);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LinkTarget target = parsed.get();
        String host = target.host();
        if (target.isPrivate()) {
            return Optional.of(new Judgement(Severity.BLOCK,
                    "This link points to a private or local address (" + host + ") that readers cannot open"
                            + " and that may expose the school network.",
                    "Link to the public web address of the page instead."));
        }
        if (target.isAddressLiteral()) {
            return Optional.of(new Judgement(Severity.BLOCK,
                    "This link uses a bare IP address (" + host + ") instead of a site name, so no one can tell"
                            + " where it goes.",
                    "Use the site's normal address (like https://www.example.org/…)."));
        }
        Optional<String> blocked = lists.blocked().stream().filter(target::matchesDomain).findFirst();
        if (blocked.isPresent()) {
            return Optional.of(new Judgement(Severity.BLOCK,
                    "This link goes to " + host + ", which is on the district's list of blocked sites.",
                    "Remove the link, or find the same information on a site the district allows."));
        }
        boolean shortener = !shortenerExempt && lists.shorteners().stream().anyMatch(target::matchesDomain);
        if (!lists.allowed().isEmpty() && lists.allowed().stream().noneMatch(target::matchesDomain)) {
            return Optional.of(new Judgement(Severity.BLOCK,
                    shortener ? "This is a shortened link, and this site only allows links to sites on the"
                            + " district's approved list." : "This link goes to " + host + ", which is not on the"
                            + " district's list of approved sites for this class.",
                    shortener ? "Use the full address of an approved site."
                            : "Link to an approved site, or ask the district to review " + host + "."));
        }
        if (shortener) {
            return Optional.of(new Judgement(Severity.WARN,
                    "This is a shortened link (" + host + "); readers cannot see where it really goes.",
                    "Use the full address of the page instead of the short link."));
        }
        return Optional.empty();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
