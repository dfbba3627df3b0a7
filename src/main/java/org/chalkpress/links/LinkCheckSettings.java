package org.chalkpress.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chalkpress.policy.LinkTarget;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The link checker's settings (each also an environment variable, e.g. CHALKPRESS_LINKS_CHECK_ON_PUBLISH).
 * {@code allow-loopback} and {@code fake-dns} exist for test instances only, which stand up a fake internet
 * on 127.0.0.1; a production instance must leave both off.
 */
@ApplicationScoped
public class LinkCheckSettings {

    @Inject
    @ConfigProperty(name = "chalkpress.links.check-on-publish", defaultValue = "true")
    boolean checkOnPublish;

    @Inject
    @ConfigProperty(name = "chalkpress.links.publish-deadline-seconds", defaultValue = "8")
    int publishDeadlineSeconds;

    @Inject
    @ConfigProperty(name = "chalkpress.links.threads", defaultValue = "16")
    int threads;

    @Inject
    @ConfigProperty(name = "chalkpress.links.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @Inject
    @ConfigProperty(name = "chalkpress.links.fake-dns", defaultValue = "false")
    boolean fakeDns;

    @Inject
    @ConfigProperty(name = "chalkpress.links.fake-dns.hosts")
    Optional<String> fakeDnsHosts;

    /** Whether links are checked over the network when something is published. */
    public boolean checkOnPublish() {
        return checkOnPublish;
    }

    /** How long a publish waits, at most, for all its links together. */
    public Duration publishDeadline() {
        return Duration.ofSeconds(Math.max(1, publishDeadlineSeconds));
    }

    public int threads() {
        return Math.max(1, threads);
    }

    /** The address policy: public internet only, unless a test instance allows its own fake internet. */
    public AddressPolicy addressPolicy() {
        AddressPolicy.Resolver resolver = fakeDns ? AddressPolicy.Resolver.table(fakeHosts()) : AddressPolicy.Resolver.SYSTEM;
        return allowLoopback ? AddressPolicy.allowingLoopback(resolver) : AddressPolicy.publicInternetOnly(resolver);
    }

    /** "name=ip,name=ip": the only names a fake-DNS instance can resolve; IP literals only, never looked up. */
    private Map<String, InetAddress> fakeHosts() {
        Map<String, InetAddress> hosts = new HashMap<>();
        for (String entry : fakeDnsHosts.orElse("").split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String ip = entry.substring(eq + 1).strip();
            InetAddress address = LinkTarget.addressLiteral(ip).orElseThrow(() -> new IllegalArgumentException(
                    "chalkpress.links.fake-dns.hosts: '" + ip + "' is not an IP address"));
            hosts.put(LinkTarget.normaliseDomain(entry.substring(0, eq)), address);
        }
        return hosts;
    }
}
