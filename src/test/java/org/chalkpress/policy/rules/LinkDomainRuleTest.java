package org.chalkpress.policy.rules;

import static org.chalkpress.policy.rules.ReviewFixture.aReview;
import static org.chalkpress.policy.rules.ReviewFixture.settingsWithDomains;
import static org.chalkpress.policy.rules.ReviewFixture.settingsWithWordList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkDomainRuleTest {

    private final LinkDomainRule rule = new LinkDomainRule();
    private final PolicySettings blocking = settingsWithDomains(Set.of("Games-Unblocked.example.", "4chan.org"), Set.of());

    private List<Finding> check(String href, PolicySettings settings) {
        return aReview("<p>See <a href=\"" + href + "\">this page</a> tonight.</p>").withSettings(settings).findings(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://games-unblocked.example/", "http://WWW.GAMES-UNBLOCKED.EXAMPLE./play",
        "https://boards.4chan.org/b", "https://nasa.gov@games-unblocked.example/", "//4chan.org"})
    void blocksTheDistrictsBlockedDomainsAndTheirSubdomains(String href) {
        List<Finding> findings = check(href, blocking);
        assertEquals(1, findings.size(), href);
        Finding f = findings.get(0);
        assertEquals(ClauseId.LINKS, f.clause());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals("this page", f.excerpt());
        assertTrue(f.message().contains("blocked"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://games-unblocked.example.org/", "https://my4chan.org/", "https://www.nasa.gov/",
        "/wiki/solar-system", "mailto:teacher@school.example", "https://youtu.be/abc123"})
    void allowsOtherSites(String href) {
        assertEquals(List.of(), check(href, blocking), href);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bit.ly/3xYz", "https://tinyurl.com/abc", "https://t.co/x", "http://goo.gl/a",
        "https://ow.ly/b", "https://is.gd/c", "https://buff.ly/d", "https://rebrand.ly/e"})
    void warnsOnShortenedLinks(String href) {
        Finding f = check(href, PolicySettings.DEFAULTS).get(0);
        assertEquals(Severity.WARN, f.severity());
        assertTrue(f.fix().contains("full address"), f.fix());
    }

    @Test
    void aDistrictCanAddShorteners() {
        assertEquals(Severity.WARN, check("https://sho.rt/x", settingsWithWordList("url-shorteners", "sho.rt")).get(0).severity());
        assertEquals(Severity.WARN, check("https://bit.ly/x", settingsWithWordList("url-shorteners", "sho.rt")).get(0).severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.168.1.10/grades", "http://10.0.0.1/", "http://127.0.0.1:8080/admin",
        "http://169.254.169.254/latest", "http://[::1]/", "http://[fd00::5]/", "http://localhost/", "http://nas.local/",
        "http://2130706433/", "http://93.184.216.34/"})
    void blocksAddressLiteralsAndPrivateHosts(String href) {
        assertEquals(Severity.BLOCK, check(href, PolicySettings.DEFAULTS).get(0).severity(), href);
    }

    @Test
    void withAnAllowListEverythingElseIsBlocked() {
        PolicySettings allowOnly = settingsWithDomains(Set.of(), Set.of("pbskids.org", "nasa.gov"));
        assertEquals(List.of(), check("https://spaceplace.nasa.gov/", allowOnly));
        assertEquals(List.of(), check("/wiki/planets", allowOnly));
        Finding other = check("https://www.coolmath.example/", allowOnly).get(0);
        assertEquals(Severity.BLOCK, other.severity());
        assertTrue(other.message().contains("approved"), other.message());
        assertEquals(Severity.BLOCK, check("https://bit.ly/x", allowOnly).get(0).severity());
    }

    @Test
    void embeddedFramesAreJudgedToo() {
        List<Finding> findings = aReview("<p>Watch:</p><iframe src=\"https://boards.4chan.org/embed\"></iframe>")
                .withSettings(blocking).findings(rule);
        assertEquals(1, findings.size());
        assertEquals(Severity.BLOCK, findings.get(0).severity());
    }

    @Test
    void reportsEachLinkAtItsOwnSpan() {
        List<Finding> findings = aReview("<p><a href=\"https://bit.ly/a\">one</a> and <a href=\"http://10.1.1.1/\">two</a></p>")
                .asComment().byStudent().findings(rule);
        assertEquals(List.of("one", "two"), findings.stream().map(Finding::excerpt).toList());
        assertEquals(List.of(Severity.WARN, Severity.BLOCK), findings.stream().map(Finding::severity).toList());
    }

    @Test
    void thePlatformsOwnMediaIsNotJudgedAsAnOutsideLinkEvenOnALocalAddress() {
        var review = aReview("<p>Our trip.</p><img src=\"http://localhost:8080/media/grade-4-hill/7\" alt=\"trip\">"
                + "<img src=\"http://localhost:9999/elsewhere.jpg\" alt=\"x\">").withPlatformHosts("localhost");

        assertEquals(0, review.findings(rule).size());
        assertEquals(1, aReview("<img src=\"http://127.0.0.1/media/grade-4-hill/7\" alt=\"trip\">")
                .withPlatformHosts("localhost").findings(rule).size());
    }
}
