package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.concerns.Concerns;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Class podcasts with real persistence and real HTTP: the transcript rule per audience, voice consent at the
 * gate, withdrawal when consent is revoked, the feed, private parent feeds and byte-range audio.
 */
@ExtendWith(ArquillianExtension.class)
class PodcastDatabaseIT {

    private static final String TONE = "podcast/book-talk-tone.mp3";
    private static final String VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Ms. Hill>Welcome to our book talk about frogs.\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress().addAsResource(TONE);
    }

    @ArquillianResource
    URL base;

    @Inject
    PodcastService podcasts;

    @Inject
    PodcastReader reader;

    @Inject
    ParentFeeds parentFeeds;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    ConsentRegistry consent;

    @Inject
    AuditLog audit;

    @Inject
    Concerns concerns;

    private final HttpClient client = HttpClient.newHttpClient();

    private Viewer as(String username) {
        return Viewer.of(accounts.byUsername(username).orElseThrow());
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    private static byte[] tone() throws IOException {
        try (InputStream in = PodcastDatabaseIT.class.getClassLoader().getResourceAsStream(TONE)) {
            return in.readAllBytes();
        }
    }

    private ContentItem episode(String title, Audience audience, Set<Long> heard, boolean transcript) throws IOException {
        Viewer teacher = as(DemoPeople.TEACHER);
        ContentItem item = podcasts.saveDraft(teacher, DemoPeople.GRADE4, null, new EpisodeForm(title,
                "<p>Our class talks about a book we loved.</p>", audience, 1, 3, "0:00 Welcome\n0:02 Goodbye", heard));
        try (InputStream audio = PodcastDatabaseIT.class.getClassLoader().getResourceAsStream(TONE)) {
            podcasts.attachAudio(teacher, item.id(), "book-talk.mp3", audio);
        }
        if (transcript) {
            podcasts.attachTranscript(teacher, item.id(), VTT);
        }
        return item;
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String getText(String path) throws Exception {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    private static boolean blockedBy(PublishOutcome<?> outcome, String rule) {
        return outcome.decision().findings().stream().map(Finding::rule).anyMatch(rule::equals);
    }

    @Test
    void aPublicEpisodeWithoutTranscriptIsBlockedAndKeptAClassOneIsWarned() throws Exception {
        ContentItem item = episode("Frogs without words", Audience.PUBLIC, Set.of(), false);
        PublishOutcome<Revision> refused = podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.WARNINGS);
        assertFalse(refused.published());
        assertEquals(Verdict.BLOCK, refused.decision().verdict());
        assertTrue(blockedBy(refused, "transcript-required"), refused.decision().findings().toString());
        assertEquals("Frogs without words", podcasts.editable(as(DemoPeople.TEACHER), item.id()).draftTitle(),
                "the blocked draft is kept");

        podcasts.saveDraft(as(DemoPeople.TEACHER), DemoPeople.GRADE4, item.id(), new EpisodeForm("Frogs without words",
                "<p>Our class talks about a book we loved.</p>", Audience.CLASS, 1, 3, "", Set.of()));
        PublishOutcome<Revision> warned = podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE);
        assertFalse(warned.published());
        assertTrue(warned.needsAcknowledgement());
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.WARNINGS).published());
    }

    @Test
    void aPublicEpisodeIsListedInTheFeedAndItsAudioServedWithExactBytesAndRanges() throws Exception {
        ContentItem item = episode("Book talk about frogs", Audience.PUBLIC, Set.of(), true);
        PublishOutcome<Revision> outcome = podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE);
        assertTrue(outcome.published(), outcome.decision().findings().toString());
        byte[] tone = tone();

        String page = getText("/sites/grade-4-hill/podcast/");
        assertTrue(page.contains("Book talk about frogs"), page);
        String episodePage = getText("/sites/grade-4-hill/podcast/" + item.slug());
        assertTrue(episodePage.contains("<audio controls"), episodePage);
        assertTrue(episodePage.contains("Welcome to our book talk about frogs."), "transcript on the page");
        assertTrue(episodePage.contains("Goodbye"), "chapters on the page");

        String feed = getText("/sites/grade-4-hill/podcast/feed.xml");
        String audioPath = "/sites/grade-4-hill/podcast/audio/" + item.id() + ".mp3";
        assertTrue(feed.contains("<guid isPermaLink=\"false\">urn:chalkpress:episode:" + item.id() + "</guid>"), feed);
        assertTrue(feed.contains(audioPath + "\" length=\"" + tone.length + "\" type=\"audio/mpeg\""), feed);
        assertTrue(feed.contains("<itunes:duration>3</itunes:duration>"), feed);
        assertTrue(feed.contains("podcast:transcript"), feed);

        HttpResponse<byte[]> whole = get(audioPath);
        assertEquals(200, whole.statusCode());
        assertEquals("audio/mpeg", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertArrayEquals(tone, whole.body());

        HttpResponse<byte[]> part = get(audioPath, "Range", "bytes=100-1099");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-1099/" + tone.length, part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(tone, 100, 1100), part.body());
        HttpResponse<byte[]> tail = get(audioPath, "Range", "bytes=-500");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(tone, tone.length - 500, tone.length), tail.body());
        assertEquals(416, get(audioPath, "Range", "bytes=" + tone.length + "-").statusCode());

        HttpResponse<byte[]> transcript = get("/sites/grade-4-hill/podcast/" + item.slug() + "/transcript");
        assertEquals(200, transcript.statusCode());
        assertTrue(transcript.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
    }

    @Test
    void anEpisodeHiddenAfterAReportLeavesItsPageTheFeedAndItsAudioUntilRestored() throws Exception {
        ContentItem item = episode("Pond sounds", Audience.PUBLIC, Set.of(), true);
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE).published());
        String pagePath = "/sites/grade-4-hill/podcast/" + item.slug();
        String audioPath = "/sites/grade-4-hill/podcast/audio/" + item.id() + ".mp3";
        String guid = "urn:chalkpress:episode:" + item.id();
        assertTrue(getText("/sites/grade-4-hill/podcast/feed.xml").contains(guid));

        concerns.report(Viewer.anonymous(), "198.51.100.40", ContentKind.EPISODE, item.id(), "STUDENT-PRIVACY", "");
        concerns.hide(as(DemoPeople.COMMS), ContentKind.EPISODE, item.id());
        assertEquals(404, get(pagePath).statusCode());
        assertFalse(getText("/sites/grade-4-hill/podcast/").contains("Pond sounds"), "off the episode list");
        assertFalse(getText("/sites/grade-4-hill/podcast/feed.xml").contains(guid), "off the feed at once");
        assertEquals(404, get(audioPath).statusCode(), "its audio is not served either");

        concerns.restore(as(DemoPeople.COMMS), ContentKind.EPISODE, item.id(), "The names were first names only.");
        assertEquals(200, get(pagePath).statusCode());
        assertTrue(getText("/sites/grade-4-hill/podcast/feed.xml").contains(guid));
        assertEquals(200, get(audioPath).statusCode());
    }

    @Test
    void someoneHeardWithoutVoiceConsentBlocksAndRevokingConsentWithdrawsTheEpisode() throws Exception {
        Account leo = accounts.byUsername(DemoPeople.STUDENT_WITHOUT_RELEASE).orElseThrow();
        ContentItem refusedItem = episode("Leo's interview", Audience.CLASS, Set.of(leo.id()), true);
        PublishOutcome<Revision> refused = podcasts.publish(as(DemoPeople.TEACHER), refusedItem.id(), Acknowledgement.WARNINGS);
        assertFalse(refused.published());
        assertTrue(blockedBy(refused, "voice-consent"), refused.decision().findings().toString());

        List<Account> students = directory.studentsOf(grade4().id());
        Account voice = students.stream().filter(s -> !s.username().equals(DemoPeople.STUDENT_WITH_RELEASE)
                && !s.username().equals(DemoPeople.STUDENT_WITHOUT_RELEASE)).reduce((a, b) -> b).orElseThrow();
        Account admin = accounts.byUsername(DemoPeople.ADMIN).orElseThrow();
        consent.record(admin, voice, ConsentStatement.grant(ConsentKind.VOICE, Audience.PUBLIC, ConsentRegistry.today(),
                new GivenBy(null, "Paper form, signed by the father"), null));
        ContentItem item = episode("Interview with a reader", Audience.PUBLIC, Set.of(voice.id()), true);
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.WARNINGS).published());
        assertTrue(getText("/sites/grade-4-hill/podcast/feed.xml").contains("urn:chalkpress:episode:" + item.id() + "<"));

        consent.revoke(admin, voice, ConsentKind.VOICE);

        assertTrue(reader.onAir(grade4(), Set.of(Audience.values())).stream().noneMatch(l -> l.item().id().equals(item.id())));
        assertFalse(getText("/sites/grade-4-hill/podcast/").contains("Interview with a reader"));
        assertFalse(getText("/sites/grade-4-hill/podcast/feed.xml").contains("urn:chalkpress:episode:" + item.id() + "<"));
        String page = getText("/sites/grade-4-hill/podcast/" + item.slug());
        assertTrue(page.contains("This episode has been withdrawn"), page);
        assertEquals(410, get("/sites/grade-4-hill/podcast/audio/" + item.id() + ".mp3").statusCode());
        assertTrue(audit.latest(30).stream().anyMatch(e -> e.action() == AuditAction.EPISODE_WITHDRAWN
                && e.detail().contains("Episode " + item.id())));
    }

    @Test
    void aParentHearsClassEpisodesThroughTheirOwnPrivateFeedUntilTheyRevokeIt() throws Exception {
        ContentItem item = episode("Class news for families", Audience.CLASS, Set.of(), true);
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.WARNINGS).published());
        assertFalse(getText("/sites/grade-4-hill/podcast/feed.xml").contains("Class news for families"),
                "class episodes are never in the public feed");

        Viewer parent = as(DemoPeople.PARENT_WITH_RELEASE);
        ParentFeeds.Issued issued = parentFeeds.issue(parent, grade4());
        String privateBase = "/sites/grade-4-hill/podcast/private/" + issued.token() + "/";
        String feed = getText(privateBase + "feed.xml");
        assertTrue(feed.contains("Class news for families"), feed);
        String audio = privateBase + "audio/" + item.id() + ".mp3";
        assertTrue(feed.contains(audio), feed);
        assertArrayEquals(tone(), get(audio).body());
        assertEquals(404, get("/sites/grade-4-hill/podcast/audio/" + item.id() + ".mp3").statusCode(),
                "without the private address the class episode does not exist");
        assertThrows(NotFoundException.class,
                () -> parentFeeds.issue(as(DemoPeople.OTHER_PARENT), grade4()), "not a parent in this class");

        parentFeeds.revoke(parent, issued.feed().id());
        assertEquals(404, get(privateBase + "feed.xml").statusCode());
        assertEquals(404, get(audio).statusCode());
    }
}
