package org.chalkpress.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.LinkTarget;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.rules.LinkDomainLists;

/**
 * Follows links the way a reader's browser would, but safely (clause LINKS): HEAD, then GET if the site
 * does not like HEAD; redirects followed by hand, at most {@value #MAX_REDIRECTS}, and every hop judged
 * afresh — http/https only, not on the district's block list, on its allow list if it keeps one, and at an
 * address {@link AddressPolicy} allows. A shortened link (bit.ly and the like) is expanded this way; if it
 * cannot be expanded it is refused, since no one can tell where it goes.
 *
 * <p>Each link has its own deadline ({@link #CONNECT_TIMEOUT} to connect, {@link #LINK_TIMEOUT} for all its
 * hops together); {@link #checkAll} checks links in parallel on a bounded pool under one overall deadline.
 */
public final class LinkChecker implements AutoCloseable {

    public static final int MAX_REDIRECTS = 5;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration LINK_TIMEOUT = Duration.ofSeconds(5);

    private final AddressPolicy addresses;
    private final ExecutorService pool;

    public LinkChecker(AddressPolicy addresses, int threads) {
        this.addresses = addresses;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), new DaemonThreads());
    }

    /**
     * Checks every link in parallel; a link still unanswered at the overall deadline is reported broken.
     * The map has one entry per distinct href, in the order given.
     */
    public Map<String, LinkResult> checkAll(Collection<String> hrefs, PolicySettings settings, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        Map<String, Future<LinkResult>> running = new LinkedHashMap<>();
        for (String href : new LinkedHashSet<>(hrefs)) {
            running.put(href, pool.submit(() -> check(href, settings)));
        }
        Map<String, LinkResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, Future<LinkResult>> entry : running.entrySet()) {
            String href = entry.getKey();
            try {
                long left = Math.max(0, Duration.between(Instant.now(), end).toMillis());
                results.put(href, entry.getValue().get(left, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                entry.getValue().cancel(true);
                results.put(href, LinkResult.broken(href, href, "no answer within " + deadline.toSeconds()
                        + " seconds", false));
            } catch (ExecutionException e) {
                results.put(href, LinkResult.broken(href, href, "the check failed: " + e.getCause(), false));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(href, LinkResult.broken(href, href, "the check was interrupted", false));
            }
        }
        return results;
    }

    /** Checks one link in the calling thread, following its redirects. */
    public LinkResult check(String href, PolicySettings settings) {
        LinkDomainLists lists = LinkDomainLists.of(settings);
        Instant deadline = Instant.now().plus(LINK_TIMEOUT);
        Optional<URI> start = uriOf(href, null);
        if (start.isEmpty()) {
            return LinkResult.broken(href, href, "the address is not written correctly", false);
        }
        URI current = start.get();
        boolean shortened = LinkTarget.parse(href).map(t -> lists.isShortener(t.host())).orElse(false);
        for (int hop = 0; ; hop++) {
            boolean redirected = hop > 0;
            Hop outcome = visit(href, current, lists, deadline, redirected);
            if (outcome.result != null) {
                return shortened ? expansionOf(outcome.result, lists) : outcome.result;
            }
            if (hop == MAX_REDIRECTS) {
                return shortened && onShortener(current, lists)
                        ? LinkResult.refused(href, current.toString(), "this shortened link could not be expanded"
                                + " (it redirects more than " + MAX_REDIRECTS + " times)", true)
                        : LinkResult.broken(href, current.toString(), "it redirects more than " + MAX_REDIRECTS
                                + " times", true);
            }
            Optional<URI> next = uriOf(outcome.location, current);
            if (next.isEmpty()) {
                return LinkResult.broken(href, current.toString(), "it redirects to an address that is not written"
                        + " correctly", true);
            }
            current = next.get();
        }
    }

    /** Either a result, or where to go next. */
    private record Hop(LinkResult result, String location) { }

    private Hop visit(String href, URI uri, LinkDomainLists lists, Instant deadline, boolean redirected) {
        String where = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return done(LinkResult.refused(href, where, redirected ? "it redirects to a '" + scheme + ":' address,"
                    + " which is not a web page" : "it is not a web address", redirected));
        }
        String host = LinkTarget.normaliseDomain(uri.getHost().replace("[", "").replace("]", ""));
        String via = redirected ? "it redirects to " : "it goes to ";
        Optional<String> blocked = lists.blockedEntryFor(host);
        if (blocked.isPresent()) {
            return done(LinkResult.refused(href, where, via + host + ", which is on the district's list of blocked"
                    + " sites", redirected));
        }
        if (!lists.allows(host)) {
            return done(LinkResult.refused(href, where, via + host + ", which is not on the district's list of"
                    + " approved sites", redirected));
        }
        AddressPolicy.Decision decision;
        try {
            decision = addresses.decide(host);
        } catch (UnknownHostException e) {
            return done(LinkResult.broken(href, where, "the site " + host + " was not found", redirected));
        }
        if (decision instanceof AddressPolicy.Refused refused) {
            return done(LinkResult.refused(href, where, (redirected ? "it redirects to a private or local network"
                    + " address: " : "") + refused.reason(), redirected));
        }
        try {
            HttpProbe.Answer answer = probe(uri, ((AddressPolicy.Allowed) decision).addresses(), deadline);
            int status = answer.status();
            if (status >= 300 && status < 400 && answer.location().isPresent()) {
                return new Hop(null, answer.location().get());
            }
            if (status >= 200 && status < 400 || status == 401 || status == 403 || status == 429) {
                // 401/403/429: the page exists but wants a sign-in or turns away automatic checks.
                return done(LinkResult.ok(href, where, redirected));
            }
            return done(LinkResult.broken(href, where, statusReason(status), redirected));
        } catch (SocketTimeoutException e) {
            return done(LinkResult.broken(href, where, "no answer within " + LINK_TIMEOUT.toSeconds() + " seconds",
                    redirected));
        } catch (ConnectException e) {
            return done(LinkResult.broken(href, where, "the site " + host + " refused the connection", redirected));
        } catch (SSLException e) {
            return done(LinkResult.broken(href, where, "the site's secure connection could not be verified",
                    redirected));
        } catch (IOException e) {
            return done(LinkResult.broken(href, where, "the connection to " + host + " failed", redirected));
        }
    }

    private static Hop done(LinkResult result) {
        return new Hop(result, null);
    }

    /** HEAD first; GET when the site answers HEAD with an error, as many do. Tries each allowed address in turn. */
    private HttpProbe.Answer probe(URI uri, List<InetAddress> candidates, Instant deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : candidates) {
            try {
                HttpProbe.Answer head = HttpProbe.send("HEAD", uri, address, CONNECT_TIMEOUT, deadline);
                if (head.status() < 400 || head.status() == 401 || head.status() == 403 || head.status() == 429) {
                    return head;
                }
                return HttpProbe.send("GET", uri, address, CONNECT_TIMEOUT, deadline);
            } catch (ConnectException e) {
                last = e;
            }
        }
        throw last != null ? last : new ConnectException("No address to connect to");
    }

    /** A shortened link must end somewhere other than a shortener; otherwise it is refused. */
    private static LinkResult expansionOf(LinkResult result, LinkDomainLists lists) {
        boolean stillShort = uriOf(result.finalUrl(), null).map(u -> onShortener(u, lists)).orElse(true);
        if (result.outcome() == LinkResult.Outcome.REFUSED || !stillShort) {
            return result;
        }
        String why = result.outcome() == LinkResult.Outcome.OK ? "it does not lead anywhere else" : result.reason();
        return LinkResult.refused(result.href(), result.finalUrl(),
                "this shortened link could not be expanded (" + why + ")", result.afterRedirect());
    }

    private static boolean onShortener(URI uri, LinkDomainLists lists) {
        return uri.getHost() != null && lists.isShortener(uri.getHost());
    }

    private static String statusReason(int status) {
        return switch (status) {
            case 404 -> "the page was not found: 404";
            case 410 -> "the page has been removed: 410";
            case 400 -> "the site did not understand the request: 400";
            default -> status >= 500 ? "the site had an error: " + status : "the site answered " + status;
        };
    }

    /**
     * The link as a URI a request can be built from, relative to {@code base} for a redirect; empty when it
     * cannot be read, or when it would be read differently from the way a browser reads it (a host hidden
     * behind user-info or backslashes), so the checker never checks one host while readers go to another.
     */
    static Optional<URI> uriOf(String href, URI base) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        String s = href.strip().replace(" ", "%20");
        if (s.startsWith("//")) {
            s = (base == null ? "https" : base.getScheme()) + ":" + s;
        }
        try {
            URI uri = new URI(s);
            if (base != null) {
                uri = base.resolve(uri);
            }
            if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http")
                    && !uri.getScheme().equalsIgnoreCase("https")) {
                return Optional.of(uri);
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String uriHost = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            String browserHost = LinkTarget.parse(uri.toString()).map(LinkTarget::host).orElse("");
            if (!browserHost.equals(LinkTarget.normaliseDomain(uriHost))) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
                    + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "link-checker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
