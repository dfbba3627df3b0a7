package org.chalkpress.policy;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link really goes: the host a browser would contact, read the way a browser reads it (user-info
 * before '@' ignored, backslashes as slashes, percent-escapes decoded, upper case and a trailing dot
 * dropped, international names in their ASCII form). Pure and offline, so the link checker can reuse it.
 */
public record LinkTarget(String scheme, String host) {

    /** The target of an absolute http(s) or protocol-relative link; empty for relative links and other schemes. */
    public static Optional<LinkTarget> parse(String href) {
        if (href == null) {
            return Optional.empty();
        }
        String s = href.strip().replace('\\', '/');
        String scheme;
        String rest;
        if (s.startsWith("//")) {
            scheme = "https";
            rest = s.substring(2);
        } else {
            int colon = s.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            rest = s.substring(colon + 1);
            while (rest.startsWith("/")) {
                rest = rest.substring(1);
            }
        }
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close > 0 ? authority.substring(1, close) : authority.substring(1);
        } else {
            int port = authority.lastIndexOf(':');
            host = port >= 0 ? authority.substring(0, port) : authority;
        }
        host = normaliseDomain(host);
        return host.isEmpty() ? Optional.empty() : Optional.of(new LinkTarget(scheme, host));
    }

    /** A host or a district list entry in comparable form: "WWW.Example.COM." becomes "www.example.com". */
    public static String normaliseDomain(String domain) {
        String d = domain.strip();
        if (d.contains("%")) {
            d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        d = d.toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        while (d.startsWith("*.") || d.startsWith(".")) {
            d = d.substring(d.indexOf('.') + 1);
        }
        if (d.contains(":")) {
            return d;
        }
        try {
            return IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    /** Whether {@code host} is {@code domain} or one of its subdomains ("news.evil.com" matches "evil.com"). */
    public static boolean matchesDomain(String host, String domain) {
        String h = normaliseDomain(host);
        String d = normaliseDomain(domain);
        return !d.isEmpty() && (h.equals(d) || h.endsWith("." + d));
    }

    public boolean matchesDomain(String domain) {
        return matchesDomain(host, domain);
    }

    /** Whether the host is written as an IP address rather than a name (any form a browser accepts). */
    public boolean isAddressLiteral() {
        return ipv4(host) != null || host.contains(":");
    }

    /** Whether the host names this machine or a private network, which no published page should link to. */
    public boolean isPrivate() {
        return isPrivateAddressLiteral(host) || host.equals("localhost") || host.endsWith(".localhost")
                || host.endsWith(".local") || host.endsWith(".internal") || !host.contains(".") && !host.contains(":");
    }

    /**
     * Whether an IP literal is loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
     * (169.254/16, fe80::/10) or unspecified. IPv4 may be written the ways browsers accept: "0x7f.1",
     * "2130706433", "0177.0.0.1"; IPv4-mapped IPv6 is judged by its IPv4 part.
     */
    public static boolean isPrivateAddressLiteral(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        long[] v4 = ipv4(h);
        if (v4 != null) {
            return isPrivateIpv4(v4[0]);
        }
        if (!h.contains(":") || !h.matches("[0-9a-fA-F:.%A-Za-z0-9]+")) {
            return false;
        }
        try {
            byte[] b = InetAddress.getByName(h.contains("%") ? h.substring(0, h.indexOf('%')) : h).getAddress();
            if (b.length == 4) {
                return isPrivateIpv4(((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL));
            }
            boolean allZeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                allZeroPrefix &= b[i] == 0;
            }
            if (allZeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPrivateIpv4(((b[12] & 0xffL) << 24) | ((b[13] & 0xffL) << 16) | ((b[14] & 0xffL) << 8) | (b[15] & 0xffL));
            }
            boolean unspecifiedOrLoopback = true;
            for (int i = 0; i < 15; i++) {
                unspecifiedOrLoopback &= b[i] == 0;
            }
            return unspecifiedOrLoopback
                    || (b[0] & 0xfe) == 0xfc
                    || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * The address an IP literal names, parsed the way a browser parses it ("0x7f.1" and "2130706433" are
     * 127.0.0.1), without any DNS look-up; empty when the host is a name.
     */
    public static Optional<InetAddress> addressLiteral(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        long[] v4 = ipv4(h);
        try {
            if (v4 != null) {
                long a = v4[0];
                return Optional.of(InetAddress.getByAddress(h, new byte[] {
                        (byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a}));
            }
            if (h.contains(":") && h.matches("[0-9a-fA-F:.]+")) {
                return Optional.of(InetAddress.getByName(h));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isPrivateIpv4(long a) {
        long first = a >>> 24;
        long second = (a >>> 16) & 0xff;
        return first == 0 || first == 10 || first == 127
                || first == 172 && second >= 16 && second <= 31
                || first == 192 && second == 168
                || first == 169 && second == 254
                || first == 100 && second >= 64 && second <= 127;
    }

    /** An IPv4 address as a browser parses it (1 to 4 parts, decimal, octal or hex); null if not one. */
    private static long[] ipv4(String host) {
        if (host.isEmpty() || !host.matches("[0-9a-fA-FxX.]+") || !Character.isDigit(host.charAt(0))) {
            return null;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                if (p.isEmpty()) {
                    return null;
                } else if (p.startsWith("0x") || p.startsWith("0X")) {
                    values[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                } else if (p.length() > 1 && p.startsWith("0")) {
                    values[i] = Long.parseLong(p, 8);
                } else {
                    values[i] = Long.parseLong(p);
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
            address = (address << 8) | values[i];
        }
        int lastBytes = 4 - (values.length - 1);
        long last = values[values.length - 1];
        if (last >= (1L << (8 * lastBytes))) {
            return null;
        }
        return new long[] {(address << (8 * lastBytes)) | last};
    }
}
