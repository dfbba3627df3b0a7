package org.chalkpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A fake DNS: no test here asks a real name server anything. */
    private static final AddressPolicy.Resolver DNS = AddressPolicy.Resolver.table(Map.of(
            "www.example.org", ip("93.184.216.34"),
            "intranet.example.org", ip("10.1.2.3"),
            "rebind.example.org", ip("127.0.0.1"),
            "metadata.example.org", ip("169.254.169.254"),
            "v6-private.example.org", ip("fd12:3456::1")));

    private final AddressPolicy production = AddressPolicy.publicInternetOnly(DNS);

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1",
            "::1", "::", "fc00::1", "fd12:3456:789a::1", "fe80::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:192.168.0.1", "::ffff:169.254.169.254",
            "::10.0.0.1", "2002:0a00:0001::1", "64:ff9b::10.0.0.1", "2001:0:4136:e378::1"})
    void privateLocalAndSpecialAddressesAreRefused(String literal) throws Exception {
        assertInstanceOf(AddressPolicy.Refused.class, production.decide(literal), literal);
        assertInstanceOf(AddressPolicy.Refused.class, production.decide("[" + literal + "]"), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0x7f000001", "0x7f.1", "0177.0.0.1", "127.1", "017700000001",
            "0xa.0.0.1", "167772161", "0300.0250.1.1", "3232235777", "0xA9FEA9FE"})
    void addressesWrittenInDecimalHexOrOctalAreJudgedAsBrowsersReadThem(String literal) throws Exception {
        assertInstanceOf(AddressPolicy.Refused.class, production.decide(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1",
            "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8"})
    void publicUnicastAddressesAreAllowed(String literal) throws Exception {
        assertInstanceOf(AddressPolicy.Allowed.class, production.decide(literal), literal);
    }

    @Test
    void aNameIsAllowedOnlyWhenItResolvesToPublicAddresses() throws Exception {
        AddressPolicy.Decision ok = production.decide("WWW.Example.org.");
        assertEquals(ip("93.184.216.34"), ((AddressPolicy.Allowed) ok).addresses().get(0));
        for (String name : new String[] {"intranet.example.org", "rebind.example.org", "metadata.example.org",
                "v6-private.example.org"}) {
            assertInstanceOf(AddressPolicy.Refused.class, production.decide(name), name);
        }
    }

    @Test
    void aNameWithAnyPrivateAddressAmongSeveralIsRefused() throws Exception {
        AddressPolicy mixed = AddressPolicy.publicInternetOnly(host -> new InetAddress[] {
                ip("93.184.216.34"), ip("192.168.0.10")});
        assertInstanceOf(AddressPolicy.Refused.class, mixed.decide("split.example.org"));
    }

    @Test
    void localhostAndLocalNamesAreRefusedWithoutAsking() throws Exception {
        AddressPolicy system = AddressPolicy.publicInternetOnly();
        assertInstanceOf(AddressPolicy.Refused.class, system.decide("localhost"));
        assertInstanceOf(AddressPolicy.Refused.class, system.decide("LOCALHOST."));
        assertInstanceOf(AddressPolicy.Refused.class, system.decide("printer.local"));
        assertInstanceOf(AddressPolicy.Refused.class, system.decide("intranet"));
        assertInstanceOf(AddressPolicy.Refused.class, production.decide("db.internal"));
    }

    @Test
    void localhostResolvesToLoopbackWhichIsRefused() throws Exception {
        AddressPolicy resolvingLocalhost = AddressPolicy.publicInternetOnly(InetAddress::getAllByName);
        for (InetAddress address : InetAddress.getAllByName("localhost")) {
            assertTrue(!resolvingLocalhost.permits(address), address.toString());
        }
    }

    @Test
    void unknownNamesAreNotFound() {
        assertThrows(UnknownHostException.class, () -> production.decide("nowhere.example.org"));
    }

    @Test
    void theTestPolicyAllowsLoopbackButStillRefusesPrivateNetworks() throws Exception {
        AddressPolicy test = AddressPolicy.allowingLoopback(DNS);
        assertInstanceOf(AddressPolicy.Allowed.class, test.decide("127.0.0.1"));
        assertInstanceOf(AddressPolicy.Allowed.class, test.decide("::1"));
        assertInstanceOf(AddressPolicy.Allowed.class, test.decide("rebind.example.org"));
        assertInstanceOf(AddressPolicy.Refused.class, test.decide("10.0.0.1"));
        assertInstanceOf(AddressPolicy.Refused.class, test.decide("169.254.169.254"));
        assertInstanceOf(AddressPolicy.Refused.class, test.decide("intranet.example.org"));
    }
}
