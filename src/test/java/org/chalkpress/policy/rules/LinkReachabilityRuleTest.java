package org.chalkpress.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;

class LinkReachabilityRuleTest {

    private static List<Finding> findings(String html, Map<String, LinkResult> results) {
        return new PolicyEngine(DistrictRules.all()).review(Review.of(ContentKind.POST, html)
                .linkResults(results).build()).stream().filter(f -> f.clause().code().equals("LINKS")).toList();
    }

    @Test
    void withoutLinkResultsThereAreNoReachabilityFindings() {
        String html = "<p>See <a href=\"https://gone.example.org/x\">the page</a>.</p>";
        assertTrue(findings(html, Map.of()).isEmpty());
    }

    @Test
    void aBrokenLinkIsAWarningOnTheLinkText() {
        String href = "https://gone.example.org/x";
        List<Finding> found = findings("<p>See <a href=\"" + href + "\">the page</a>.</p>",
                Map.of(href, LinkResult.broken(href, href, "the page was not found: 404", false)));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("link-reachable", f.rule());
        assertEquals(Severity.WARN, f.severity());
        assertEquals("the page", f.excerpt());
        assertEquals("This link did not answer (the page was not found: 404).", f.message());
        assertEquals("Check the address or remove the link.", f.fix());
    }

    @Test
    void aLinkRefusedAfterARedirectBlocks() {
        String href = "https://redirector.example.org/x";
        List<Finding> found = findings("<p><a href=\"" + href + "\">Go</a></p>", Map.of(href,
                LinkResult.refused(href, "http://10.0.0.1/", "it redirects to a private or local network address", true)));
        assertEquals(1, found.size());
        assertEquals(Severity.BLOCK, found.get(0).severity());
        assertTrue(found.get(0).message().contains("private"));
    }

    @Test
    void aLinkAlreadyBlockedAsWrittenIsReportedOnce() {
        String href = "http://192.168.1.1/admin";
        List<Finding> found = findings("<p><a href=\"" + href + "\">router</a></p>",
                Map.of(href, LinkResult.refused(href, href, "it points to a private or local network address", false)));
        assertEquals(1, found.size());
        assertEquals("link-domain", found.get(0).rule());
    }

    @Test
    void whenTheDomainRuleIsOffTheCheckerStillBlocksAPrivateAddress() {
        String href = "http://192.168.1.1/admin";
        PolicySettings off = new PolicySettings(Map.of(), Set.of(), Set.of(), Set.of("link-domain"), Map.of());
        List<Finding> found = new PolicyEngine(DistrictRules.all()).review(Review.of(ContentKind.POST,
                "<p><a href=\"" + href + "\">router</a></p>").settings(off).linkResults(Map.of(href,
                LinkResult.refused(href, href, "it points to a private or local network address", false))).build());
        assertEquals(1, found.size());
        assertEquals("link-reachable", found.get(0).rule());
        assertEquals(Severity.BLOCK, found.get(0).severity());
    }

    @Test
    void anExpandedShortLinkSaysWhereItLeadsInsteadOfTheGenericWarning() {
        String href = "https://bit.ly/abc";
        List<Finding> withoutCheck = findings("<p><a href=\"" + href + "\">article</a></p>", Map.of());
        assertEquals("link-domain", withoutCheck.get(0).rule());

        List<Finding> found = findings("<p><a href=\"" + href + "\">article</a></p>",
                Map.of(href, LinkResult.ok(href, "https://news.example.org/article", true)));
        assertEquals(1, found.size());
        assertEquals("link-reachable", found.get(0).rule());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).message().contains("https://news.example.org/article"));
    }

    @Test
    void aReachableLinkHasNoFinding() {
        String href = "https://news.example.org/a";
        assertTrue(findings("<p><a href=\"" + href + "\">news</a></p>",
                Map.of(href, LinkResult.ok(href, href, false))).isEmpty());
    }
}
