package org.chalkpress.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chalkpress.policy.LinkTarget;

/**
 * Which machines the link checker may contact (clause LINKS, and the platform's own safety: a teacher's link
 * must never make the server reach into the school network). Only public unicast addresses are allowed:
 * loopback, private (10/8, 172.16/12, 192.168/16), link-local, CGNAT 100.64/10, multicast, unspecified,
 * broadcast and reserved IPv4, IPv6 unique-local fc00::/7 and link-local fe80::/10, and IPv6 forms that carry
 * an IPv4 address (mapped, compatible, 6to4, NAT64, Teredo) whose IPv4 part is not public, are all refused.
 * A host name is allowed only when every address it resolves to is; the checker then connects to one of
 * those very addresses (see {@link HttpProbe}), never to the name again, so a second, different DNS answer
 * (DNS rebinding) cannot slip a private address past this check.
 *
 * <p>{@link #allowingLoopback} additionally allows 127.0.0.0/8 and ::1, for tests and test instances that
 * stand up a fake internet on this machine; production never uses it.
 */
public final class AddressPolicy {

    /** Looks host names up; the system's DNS in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = InetAddress::getAllByName;

        /** A fake DNS: names found in the table only, nothing sent to any name server. */
        static Resolver table(Map<String, InetAddress> hosts) {
            Map<String, InetAddress> copy = Map.copyOf(hosts);
            return host -> {
                InetAddress address = copy.get(LinkTarget.normaliseDomain(host));
                if (address == null) {
                    throw new UnknownHostException(host);
                }
                return new InetAddress[] {address};
            };
        }
    }

    /** The addresses a host may be contacted at, or why it may not. */
    public sealed interface Decision permits Allowed, Refused { }

    public record Allowed(List<InetAddress> addresses) implements Decision {
        public Allowed {
            addresses = List.copyOf(addresses);
        }
    }

    public record Refused(String reason) implements Decision { }

    private final boolean allowLoopback;
    private final Resolver resolver;

    private AddressPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    public static AddressPolicy publicInternetOnly() {
        return new AddressPolicy(false, Resolver.SYSTEM);
    }

    public static AddressPolicy publicInternetOnly(Resolver resolver) {
        return new AddressPolicy(false, resolver);
    }

    /** For tests and test instances only: also allows this machine, where the fake internet runs. */
    public static AddressPolicy allowingLoopback(Resolver resolver) {
        return new AddressPolicy(true, resolver);
    }

    /**
     * Decides whether the host of a URL (a name or an IP literal in any form a browser accepts) may be
     * contacted, resolving names and judging every address they resolve to.
     *
     * @throws UnknownHostException when a name does not resolve
     */
    public Decision decide(String host) throws UnknownHostException {
        String h = LinkTarget.normaliseDomain(host);
        Optional<InetAddress> literal = LinkTarget.addressLiteral(h);
        if (literal.isPresent()) {
            return permits(literal.get()) ? new Allowed(List.of(literal.get()))
                    : new Refused("it points to a private or local network address (" + h + ")");
        }
        if (!allowLoopback && new LinkTarget("http", h).isPrivate()) {
            return new Refused("it names a machine on a local network (" + h + ")");
        }
        InetAddress[] addresses = resolver.resolve(h);
        if (addresses.length == 0) {
            throw new UnknownHostException(h);
        }
        for (InetAddress address : addresses) {
            if (!permits(address)) {
                return new Refused("its site name (" + h + ") leads to a private or local network address");
            }
        }
        return new Allowed(List.of(addresses));
    }

    /** Whether this one address may be contacted. */
    public boolean permits(InetAddress address) {
        if (allowLoopback && address.isLoopbackAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            return isPublicIpv4(address.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicIpv6(v6);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return !(a == 0                                   // "this network", unspecified
                || a == 10                                // private
                || a == 127                               // loopback
                || a == 100 && second >= 64 && second <= 127 // carrier-grade NAT
                || a == 169 && second == 254              // link-local (cloud metadata lives here)
                || a == 172 && second >= 16 && second <= 31 // private
                || a == 192 && second == 0 && third == 0  // IETF protocol assignments
                || a == 192 && second == 168              // private
                || a == 198 && (second == 18 || second == 19) // benchmarking
                || a >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(Inet6Address address) {
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
                || address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return false;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return false;                                 // unique local fc00::/7
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || allZero(b, 0, 12)) {
            return isPublicIpv4(slice(b, 12));            // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicIpv4(slice(b, 2));             // 6to4 2002:aabb:ccdd::
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicIpv4(slice(b, 12));            // NAT64 64:ff9b::a.b.c.d
        }
        // Teredo 2001:0::/32 tunnels to an address we cannot judge here.
        return !((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
