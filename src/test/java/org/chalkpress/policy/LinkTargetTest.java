package org.chalkpress.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LinkTargetTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.Example.org/path?q=1, www.example.org",
        "HTTP://EXAMPLE.ORG., example.org",
        "https://good.com@evil.com/login, evil.com",
        "https://user:pass@evil.com:8443/x, evil.com",
        "https://good.com%40evil.com@evil.com, evil.com",
        "//evil.com/x, evil.com",
        "https:\\\\evil.com\\x, evil.com",
        "https://[::1]:8080/, ::1",
        "https://xn--bcher-kva.example/, xn--bcher-kva.example",
        "https://bücher.example/, xn--bcher-kva.example",
        "https://%65vil.com/, evil.com"
    })
    void readsTheHostABrowserWouldContact(String href, String host) {
        assertEquals(Optional.of(host), LinkTarget.parse(href).map(LinkTarget::host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/water-cycle", "#top", "mailto:office@school.example", "javascript:alert(1)", ""})
    void hasNoTargetForRelativeOrNonWebLinks(String href) {
        assertEquals(Optional.empty(), LinkTarget.parse(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "172.16.3.4", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.169.254",
        "0.0.0.0", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:192.168.0.1", "2130706433", "0x7f.0.0.1",
        "0177.0.0.1", "127.1", "[::1]"})
    void recognisesPrivateAndLoopbackAddresses(String host) {
        assertTrue(LinkTarget.isPrivateAddressLiteral(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888", "example.org", "10.example.org"})
    void publicAddressesAndNamesAreNotPrivateLiterals(String host) {
        assertFalse(LinkTarget.isPrivateAddressLiteral(host), host);
    }

    @Test
    void matchesADomainAndItsSubdomainsOnly() {
        assertTrue(LinkTarget.matchesDomain("evil.com", "evil.com"));
        assertTrue(LinkTarget.matchesDomain("News.Evil.COM.", "evil.com"));
        assertTrue(LinkTarget.matchesDomain("a.b.evil.com", "*.evil.com"));
        assertFalse(LinkTarget.matchesDomain("notevil.com", "evil.com"));
        assertFalse(LinkTarget.matchesDomain("evil.com.example.org", "evil.com"));
        assertFalse(LinkTarget.matchesDomain("evil.com", ""));
    }

    @Test
    void knowsLocalNames() {
        assertTrue(LinkTarget.parse("http://localhost:8080/").orElseThrow().isPrivate());
        assertTrue(LinkTarget.parse("http://printer.local/").orElseThrow().isPrivate());
        assertTrue(LinkTarget.parse("http://intranet/staff").orElseThrow().isPrivate());
        assertFalse(LinkTarget.parse("https://www.nasa.gov/").orElseThrow().isPrivate());
    }
}
