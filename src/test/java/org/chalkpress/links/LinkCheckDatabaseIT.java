package org.chalkpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clause LINKS over the network, in the container: the publish gate checks links, the live check does not,
 * and the broken-link report lists what a re-check finds. This deployment is a test instance: its link
 * checker may reach 127.0.0.1 and resolves only the names below, so nothing leaves this machine.
 */
@ExtendWith(ArquillianExtension.class)
class LinkCheckDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress().addAsResource(new StringAsset(String.join("\n",
                "chalkpress.data.dir=./data",
                "chalkpress.base.url=http://localhost:8080",
                "chalkpress.demo=false",
                "chalkpress.themes.dir=./themes",
                "mp.openapi.extensions.path=/openapi",
                "chalkpress.links.allow-loopback=true",
                "chalkpress.links.fake-dns=true",
                "chalkpress.links.fake-dns.hosts=gone.example.com=127.0.0.1,redirector.example.com=127.0.0.1",
                "")), "META-INF/microprofile-config.properties");
    }

    @Inject
    BlogService blog;

    @Inject
    PublishGate gate;

    @Inject
    LinkRechecks rechecks;

    @Inject
    LinkCheckRecords records;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    private Viewer teacher() {
        return Viewer.of(accounts.byUsername(DemoPeople.TEACHER).orElseThrow());
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    private static int portNothingListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private PublishOutcome<Revision> publish(String title, String html, Acknowledgement ack) {
        ContentItem draft = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, new PostForm(title, html, "", "class"));
        return blog.publish(teacher(), draft.id(), ack);
    }

    @Test
    void aLinkToAPrivateAddressIsBlocked() {
        PublishOutcome<Revision> outcome = publish("Router settings",
                "<p>Change it <a href=\"http://192.168.1.1/admin\">here</a>.</p>", Acknowledgement.WARNINGS);

        assertFalse(outcome.published());
        assertEquals(Verdict.BLOCK, outcome.decision().verdict());
        Finding finding = outcome.decision().findings().get(0);
        assertEquals("LINKS", finding.clause().code());
        assertEquals(Severity.BLOCK, finding.severity());
        assertEquals("here", finding.excerpt());
    }

    @Test
    void theLiveCheckNeverAsksTheNetworkButPublishingDoes() throws Exception {
        String html = "<p>Our <a href=\"http://gone.example.com:" + portNothingListensOn() + "/trip\">trip page</a>.</p>";
        GateDecision live = gate.review(new Submission(ContentKind.POST, grade4(), teacher().required(), "Trip",
                html, Audience.CLASS, null));
        assertTrue(live.findings().stream().noneMatch(f -> f.rule().equals("link-reachable")), live.findings().toString());

        PublishOutcome<Revision> outcome = publish("Trip", html, Acknowledgement.NONE);
        assertFalse(outcome.published());
        Finding warning = outcome.decision().findings().stream().filter(f -> f.rule().equals("link-reachable"))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARN, warning.severity());
        assertEquals("trip page", warning.excerpt());
        assertTrue(warning.message().startsWith("This link did not answer ("), warning.message());
    }

    @Test
    void aLinkThatRedirectsIntoAPrivateNetworkIsBlockedAtPublish() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/go", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.1/intranet");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            PublishOutcome<Revision> outcome = publish("Resources", "<p><a href=\"http://redirector.example.com:"
                    + server.getAddress().getPort() + "/go\">Reading list</a></p>", Acknowledgement.WARNINGS);
            assertFalse(outcome.published());
            Finding block = outcome.decision().findings().stream().filter(f -> f.rule().equals("link-reachable"))
                    .findFirst().orElseThrow();
            assertEquals(Severity.BLOCK, block.severity());
            assertEquals("LINKS", block.clause().code());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRecheckPutsALinkThatStoppedAnsweringOnTheSiteReport() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        String url = "http://gone.example.com:" + server.getAddress().getPort() + "/museum";
        PublishOutcome<Revision> outcome;
        try {
            outcome = publish("Museum visit", "<p>See <a href=\"" + url + "\">the museum</a>.</p>", Acknowledgement.NONE);
            assertTrue(outcome.published(), outcome.decision().findings().toString());
            Long itemId = outcome.result().itemId();
            LinkCheck recorded = records.forItem(itemId).get(0);
            assertEquals(url, recorded.url());
            assertEquals(LinkResult.Outcome.OK, recorded.result());
        } finally {
            server.stop(0);
        }

        rechecks.recheckAll();

        List<BrokenLink> report = records.broken(grade4().id());
        BrokenLink broken = report.stream().filter(b -> b.url().equals(url)).findFirst().orElseThrow();
        assertEquals("Museum visit", broken.pageTitle());
        assertEquals(LinkResult.Outcome.BROKEN, broken.result());
        assertTrue(broken.reason().contains("refused the connection"), broken.reason());
        assertTrue(broken.checkedAt() != null);
    }
}
