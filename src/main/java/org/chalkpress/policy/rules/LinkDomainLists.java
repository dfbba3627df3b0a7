package org.chalkpress.policy.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicySettings;

/**
 * The district's domain lists for clause LINKS in comparable form — blocked sites, the optional allow list
 * and URL shorteners (the platform's defaults plus the district's additions) — for anything that needs to
 * judge a host outside a rule, such as the link checker judging each redirect.
 */
public final class LinkDomainLists {

    private static final CompiledForSettings<LinkDomainLists> COMPILED = new CompiledForSettings<>(LinkDomainLists::new);

    private final Set<String> blocked;
    private final Set<String> allowed;
    private final Set<String> shorteners;

    private LinkDomainLists(PolicySettings settings) {
        Set<String> shortenerList = new HashSet<>(WordLists.defaults("url-shorteners"));
        shortenerList.addAll(settings.wordList("url-shorteners"));
        this.blocked = normalised(settings.blockedDomains());
        this.allowed = normalised(settings.allowedDomains());
        this.shorteners = normalised(shortenerList);
    }

    public static LinkDomainLists of(PolicySettings settings) {
        return COMPILED.get(settings);
    }

    private static Set<String> normalised(Set<String> domains) {
        return domains.stream()
                .map(d -> LinkTarget.parse(d.contains("//") ? d : "https://" + d).map(LinkTarget::host).orElse(""))
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The block-list entry that covers this host, if any. */
    public Optional<String> blockedEntryFor(String host) {
        return blocked.stream().filter(d -> LinkTarget.matchesDomain(host, d)).findFirst();
    }

    /** False only when the district keeps an allow list and the host is not on it. */
    public boolean allows(String host) {
        return allowed.isEmpty() || allowed.stream().anyMatch(d -> LinkTarget.matchesDomain(host, d));
    }

    public boolean isShortener(String host) {
        return shorteners.stream().anyMatch(d -> LinkTarget.matchesDomain(host, d));
    }

    /** Whether {@link LinkDomainRule} already blocks a link to this host without contacting it. */
    public boolean blockedWithoutContact(LinkTarget target) {
        return target.isPrivate() || target.isAddressLiteral() || blockedEntryFor(target.host()).isPresent()
                || !allows(target.host());
    }
}
