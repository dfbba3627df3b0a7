package org.chalkpress.links;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicySettings;

/**
 * Clause LINKS at publish time: checks a submission's web links over the network, in parallel and under one
 * deadline, so the gate can hand the results to the policy rules as data. Only the gate's publish path calls
 * this; the editor's live check and previews never wait on the network.
 */
@ApplicationScoped
public class LinkReachability {

    static final String RULE_ID = "link-reachable";

    @Inject
    LinkCheckSettings config;

    private LinkChecker checker;

    @PostConstruct
    void start() {
        checker = new LinkChecker(config.addressPolicy(), config.threads());
    }

    @PreDestroy
    void stop() {
        checker.close();
    }

    /** The results for every web link in the HTML; empty when checking on publish is off or the rule is. */
    public Map<String, LinkResult> checkForPublish(String html, PolicySettings settings) {
        if (!config.checkOnPublish() || settings.disabledRules().contains(RULE_ID)) {
            return Map.of();
        }
        return check(webLinks(html), settings);
    }

    /** Checks links now, for a publish or a re-check, within the publish deadline. */
    public Map<String, LinkResult> check(Collection<String> hrefs, PolicySettings settings) {
        if (hrefs.isEmpty()) {
            return Map.of();
        }
        return checker.checkAll(hrefs, settings, deadlineFor(hrefs.size()));
    }

    /** One deadline for a page; pages with more links than the pool has threads get more time. */
    private Duration deadlineFor(int links) {
        int waves = (links + config.threads() - 1) / config.threads();
        return config.publishDeadline().plus(LinkChecker.LINK_TIMEOUT.multipliedBy(waves - 1L));
    }

    /** The hrefs of the page's links that lead to the web (http, https or protocol-relative), once each. */
    public static List<String> webLinks(String html) {
        Set<String> hrefs = new LinkedHashSet<>();
        for (ContentDocument.Link link : ContentDocument.parse(html).links()) {
            if (LinkTarget.parse(link.href()).isPresent() && link.href().length() <= LinkCheck.MAX_URL) {
                hrefs.add(link.href());
            }
        }
        return List.copyOf(hrefs);
    }
}
