package org.chalkpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.LinkResult.Outcome;
import org.chalkpress.policy.PolicySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link checker against a fake internet on 127.0.0.1; names resolve through a fixed table, never real DNS. */
class LinkCheckerTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final AddressPolicy.Resolver DNS = AddressPolicy.Resolver.table(Map.of(
            "bit.ly", LOOPBACK, "tinyurl.com", LOOPBACK, "games.example.net", LOOPBACK,
            "news.example.org", LOOPBACK));

    private FakeInternet web;
    private LinkChecker checker;
    private final PolicySettings settings = PolicySettings.DEFAULTS;

    @BeforeEach
    void start() throws Exception {
        web = new FakeInternet();
        checker = new LinkChecker(AddressPolicy.allowingLoopback(DNS), 16);
    }

    @AfterEach
    void stop() {
        checker.close();
        web.close();
    }

    private static PolicySettings blocking(String... domains) {
        return new PolicySettings(Map.of(), Set.of(domains), Set.of(), Set.of(), Map.of());
    }

    private String on(String host, String path) {
        return "http://" + host + ":" + web.port() + path;
    }

    @Test
    void aPageThatAnswersIsOk() {
        web.ok("/hello");
        LinkResult result = checker.check(web.url("/hello"), settings);
        assertEquals(Outcome.OK, result.outcome());
        assertEquals(web.url("/hello"), result.finalUrl());
    }

    @Test
    void aSiteThatRefusesHeadIsCheckedWithGet() {
        web.page("/get-only", exchange -> FakeInternet.status(exchange,
                exchange.getRequestMethod().equals("HEAD") ? 405 : 200));
        assertEquals(Outcome.OK, checker.check(web.url("/get-only"), settings).outcome());
    }

    @Test
    void aMissingPageIsBroken() {
        LinkResult result = checker.check(web.url("/missing"), settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertTrue(result.reason().contains("404"), result.reason());
    }

    @Test
    void aSlowSiteIsBrokenWhenItsTimeRunsOut() {
        web.slow("/slow", 20_000);
        long started = System.nanoTime();
        LinkResult result = checker.check(web.url("/slow"), settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertTrue(result.reason().contains("no answer"), result.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10);
    }

    @Test
    void nothingListeningIsBroken() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            port = probe.getLocalPort();
        }
        LinkResult result = checker.check("http://127.0.0.1:" + port + "/", settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertTrue(result.reason().contains("refused the connection"), result.reason());
    }

    @Test
    void anUnknownSiteIsBroken() {
        LinkResult result = checker.check("http://nowhere.example.org/", settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertTrue(result.reason().contains("not found"), result.reason());
    }

    @Test
    void aRedirectChainIsFollowedToThePageItEndsOn() {
        web.redirect("/a", "/b").redirect("/b", web.url("/c")).redirect("/c", "d").ok("/d");
        LinkResult result = checker.check(web.url("/a"), settings);
        assertEquals(Outcome.OK, result.outcome());
        assertEquals(web.url("/d"), result.finalUrl());
        assertTrue(result.afterRedirect());
    }

    @Test
    void aRedirectLoopIsBrokenAfterFiveRedirects() {
        web.redirect("/loop", "/loop");
        LinkResult result = checker.check(web.url("/loop"), settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertTrue(result.reason().contains("more than 5"), result.reason());
        assertEquals(1 + LinkChecker.MAX_REDIRECTS, web.requests());
    }

    @Test
    void fiveRedirectsAreStillFollowed() {
        for (int i = 0; i < 5; i++) {
            web.redirect("/r" + i, "/r" + (i + 1));
        }
        web.ok("/r5");
        assertEquals(Outcome.OK, checker.check(web.url("/r0"), settings).outcome());
    }

    @Test
    void withTheProductionPolicyThisMachineIsRefusedAndNeverContacted() {
        web.ok("/admin");
        web.redirect("/to-admin", "http://127.0.0.1:" + web.port() + "/admin");
        try (LinkChecker production = new LinkChecker(AddressPolicy.publicInternetOnly(DNS), 2)) {
            for (String href : List.of(web.url("/admin"), web.url("/to-admin"), on("localhost", "/admin"),
                    "http://2130706433:" + web.port() + "/admin", "http://[::ffff:127.0.0.1]:" + web.port() + "/",
                    on("bit.ly", "/to-admin"))) {
                LinkResult result = production.check(href, settings);
                assertEquals(Outcome.REFUSED, result.outcome(), href);
            }
        }
        assertEquals(0, web.requests());
    }

    @Test
    void aRedirectToAPrivateNetworkIsRefused() {
        web.redirect("/to-router", "http://192.168.1.1/admin");
        web.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        web.redirect("/to-mapped", "http://[::ffff:10.0.0.1]/");
        LinkResult router = checker.check(web.url("/to-router"), settings);
        assertEquals(Outcome.REFUSED, router.outcome());
        assertTrue(router.afterRedirect());
        assertTrue(router.reason().contains("private"), router.reason());
        assertEquals(Outcome.REFUSED, checker.check(web.url("/to-metadata"), settings).outcome());
        assertEquals(Outcome.REFUSED, checker.check(web.url("/to-mapped"), settings).outcome());
    }

    @Test
    void aRedirectToANonWebSchemeIsRefused() {
        web.redirect("/to-file", "file:///etc/passwd");
        web.redirect("/to-js", "javascript:alert(1)");
        assertEquals(Outcome.REFUSED, checker.check(web.url("/to-file"), settings).outcome());
        assertEquals(Outcome.REFUSED, checker.check(web.url("/to-js"), settings).outcome());
    }

    @Test
    void aRedirectToABlockedDomainIsRefusedBeforeItIsContacted() {
        web.page("/bad", exchange -> { throw new AssertionError("a blocked site was contacted"); });
        web.redirect("/to-blocked", on("games.example.net", "/bad"));
        LinkResult result = checker.check(web.url("/to-blocked"), blocking("example.net"));
        assertEquals(Outcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("games.example.net"), result.reason());
        assertTrue(result.reason().contains("blocked"), result.reason());
        assertEquals(1, web.requests());
    }

    @Test
    void withAnAllowListARedirectOffTheListIsRefused() {
        web.ok("/elsewhere");
        web.redirect("/start", on("games.example.net", "/elsewhere"));
        PolicySettings allowList = new PolicySettings(Map.of(), Set.of(), Set.of("127.0.0.1", "news.example.org"),
                Set.of(), Map.of());
        LinkResult result = checker.check(web.url("/start"), allowList);
        assertEquals(Outcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("approved"), result.reason());
    }

    @Test
    void aShortenedLinkIsExpandedToWhereItLeads() {
        web.ok("/article");
        web.redirect("/abc123", on("news.example.org", "/article"));
        LinkResult result = checker.check(on("bit.ly", "/abc123"), settings);
        assertEquals(Outcome.OK, result.outcome());
        assertEquals(on("news.example.org", "/article"), result.finalUrl());
    }

    @Test
    void aShortenedLinkToABlockedSiteIsRefused() {
        web.redirect("/xyz", on("games.example.net", "/play"));
        LinkResult result = checker.check(on("tinyurl.com", "/xyz"), blocking("games.example.net"));
        assertEquals(Outcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("blocked"), result.reason());
    }

    @Test
    void aShortenedLinkThatCannotBeExpandedIsRefused() {
        web.ok("/stays-here");
        LinkResult dead = checker.check(on("bit.ly", "/gone"), settings);
        assertEquals(Outcome.REFUSED, dead.outcome());
        assertTrue(dead.reason().contains("could not be expanded"), dead.reason());
        LinkResult going = checker.check(on("bit.ly", "/stays-here"), settings);
        assertEquals(Outcome.REFUSED, going.outcome());
    }

    @Test
    void aLinkWhoseHostIsHiddenBehindUserInfoIsNotFollowed() {
        web.ok("/");
        LinkResult result = checker.check("http://news.example.org@127.0.0.1:" + web.port() + "/", settings);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertEquals(0, web.requests());
    }

    @Test
    void twentySlowLinksAreCheckedInParallelWithinOneOverallDeadline() {
        web.slow("/slow", 1_000);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            links.add(web.url("/slow") + "?n=" + i);
        }
        long started = System.nanoTime();
        Map<String, LinkResult> results = checker.checkAll(links, settings, Duration.ofSeconds(8));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals(20, results.size());
        assertTrue(results.values().stream().allMatch(r -> r.outcome() == Outcome.OK), results.toString());
        assertTrue(seconds < 8, "took " + seconds + " s");
    }

    @Test
    void aLinkStillUnansweredAtTheOverallDeadlineIsBroken() {
        web.slow("/very-slow", 20_000);
        web.ok("/fast");
        Map<String, LinkResult> results = checker.checkAll(List.of(web.url("/very-slow"), web.url("/fast")),
                settings, Duration.ofSeconds(1));
        assertEquals(Outcome.BROKEN, results.get(web.url("/very-slow")).outcome());
        assertEquals(Outcome.OK, results.get(web.url("/fast")).outcome());
    }
}
