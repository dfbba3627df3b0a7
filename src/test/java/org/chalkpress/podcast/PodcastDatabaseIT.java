package org.chalkpress.podcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import javax.imageio.ImageIO;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.concerns.Concerns;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.media.MediaDetails;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.media.TestImages;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
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
import org.w3c.dom.Element;

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
        return Deployments.chalkpress().addAsResource(TONE).addClasses(FeedXml.class, TestImages.class);
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
    MediaLibrary library;

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
        assertEquals("bytes " + (tone.length - 500) + "-" + (tone.length - 1) + "/" + tone.length,
                tail.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<byte[]> past = get(audioPath, "Range", "bytes=" + tone.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + tone.length, past.headers().firstValue("Content-Range").orElse(""));
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> sameVersion = get(audioPath, "Range", "bytes=0-99", "If-Range", etag);
        assertEquals(206, sameVersion.statusCode(), "If-Range with the current ETag: the range");
        assertArrayEquals(Arrays.copyOfRange(tone, 0, 100), sameVersion.body());
        HttpResponse<byte[]> otherVersion = get(audioPath, "Range", "bytes=0-99", "If-Range", "\"an-older-recording\"");
        assertEquals(200, otherVersion.statusCode(), "If-Range naming another version: the whole current file");
        assertArrayEquals(tone, otherVersion.body());

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

        String privateFeed = "/sites/grade-4-hill/podcast/private/"
                + parentFeeds.issue(as(DemoPeople.PARENT_WITH_RELEASE), grade4()).token() + "/feed.xml";
        assertTrue(getText(privateFeed).contains("urn:chalkpress:episode:" + item.id() + "<"));

        consent.revoke(admin, voice, ConsentKind.VOICE);

        assertTrue(reader.onAir(grade4(), Set.of(Audience.values())).stream().noneMatch(l -> l.item().id().equals(item.id())));
        assertFalse(getText("/sites/grade-4-hill/podcast/").contains("Interview with a reader"));
        assertFalse(getText("/sites/grade-4-hill/podcast/feed.xml").contains("urn:chalkpress:episode:" + item.id() + "<"));
        assertFalse(getText(privateFeed).contains("urn:chalkpress:episode:" + item.id() + "<"), "nor any private feed");
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

    @Test
    void aTeacherUnpublishesAnEpisodeEverywhereAndPublishesItAgainThroughTheGate() throws Exception {
        ContentItem item = episode("Owl pellets explained", Audience.PUBLIC, Set.of(), true);
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE).published());
        String guid = "urn:chalkpress:episode:" + item.id() + "<";
        String privateBase = "/sites/grade-4-hill/podcast/private/"
                + parentFeeds.issue(as(DemoPeople.PARENT_WITH_RELEASE), grade4()).token() + "/";
        String audio = "/sites/grade-4-hill/podcast/audio/" + item.id() + ".mp3";
        assertTrue(getText(privateBase + "feed.xml").contains(guid), "a parent's private feed lists it too");
        assertEquals(200, get(audio).statusCode());

        assertThrows(NotFoundException.class, () -> podcasts.unpublish(as(DemoPeople.OTHER_TEACHER), item.id()),
                "a teacher of another class cannot find it");
        podcasts.unpublish(as(DemoPeople.TEACHER), item.id());

        assertFalse(getText("/sites/grade-4-hill/podcast/").contains("Owl pellets explained"));
        assertFalse(getText("/sites/grade-4-hill/podcast/feed.xml").contains(guid));
        assertFalse(getText(privateBase + "feed.xml").contains(guid));
        assertEquals(404, get("/sites/grade-4-hill/podcast/" + item.slug()).statusCode(), "like a missing episode");
        assertEquals(404, get(audio).statusCode());
        assertEquals(404, get(privateBase + "audio/" + item.id() + ".mp3").statusCode());
        assertEquals(404, get("/sites/grade-4-hill/podcast/" + item.slug() + "/transcript").statusCode());
        assertTrue(audit.latest(30).stream().anyMatch(e -> e.action() == AuditAction.UNPUBLISHED
                && item.id().equals(e.itemId()) && "EPISODE".equals(e.contentKind())));
        ContentItem kept = podcasts.editable(as(DemoPeople.TEACHER), item.id());
        assertEquals("Owl pellets explained", kept.draftTitle(), "the episode is kept");
        assertTrue(podcasts.episode(as(DemoPeople.TEACHER), item.id()).hasAudio(), "its recording is kept");

        PublishOutcome<Revision> again = podcasts.publish(as(DemoPeople.TEACHER), item.id(), Acknowledgement.NONE);
        assertTrue(again.published(), again.decision().findings().toString());
        assertTrue(getText("/sites/grade-4-hill/podcast/feed.xml").contains(guid), "back in the feed, same guid");
        assertArrayEquals(tone(), get(audio).body());
    }

    @Test
    void listenersSearchTitlesNotesAndTranscriptsOfTheEpisodesTheyMayHear() throws Exception {
        ContentItem owls = episode("Night visitors", Audience.PUBLIC, Set.of(), false);
        podcasts.attachTranscript(as(DemoPeople.TEACHER), owls.id(),
                "1\n00:00:00,000 --> 00:00:03,000\nThe barn owl swallows mice whole.\n");
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), owls.id(), Acknowledgement.NONE).published());
        ContentItem classOnly = episode("Swallows in the barn", Audience.CLASS, Set.of(), true);
        assertTrue(podcasts.publish(as(DemoPeople.TEACHER), classOnly.id(), Acknowledgement.WARNINGS).published());

        String page = getText("/sites/grade-4-hill/podcast/?q=Swallows");
        assertTrue(page.contains("Night visitors"), "found by a word of its transcript: " + page);
        assertTrue(page.contains("barn owl <mark>swallows</mark> mice"), page);
        assertFalse(page.contains("Swallows in the barn"), "a class episode is not found by the public");
        assertTrue(getText("/sites/grade-4-hill/podcast/?q=talks+loved").contains("Night visitors"), "and by its notes");
        assertTrue(getText("/sites/grade-4-hill/podcast/").contains("name=\"q\""), "the podcast page has a search box");

        podcasts.unpublish(as(DemoPeople.TEACHER), owls.id());
        assertFalse(getText("/sites/grade-4-hill/podcast/?q=swallows").contains("Night visitors"), "off air, not found");
    }

    @Test
    void coverArtFromTheLibraryMustBeAnAppleSizedSquareAndTheLiveFeedPointsAtWhatIsServed() throws Exception {
        Viewer teacher = as(DemoPeople.TEACHER);
        MediaItem oblong = library.upload(teacher, grade4(), "class-photo.jpg", new ByteArrayInputStream(TestImages.jpeg(1600, 1200)));
        MediaItem small = library.upload(teacher, grade4(), "logo.jpg", new ByteArrayInputStream(TestImages.jpeg(600, 600)));
        MediaItem square = library.upload(teacher, grade4(), "frog-cover.jpg", new ByteArrayInputStream(TestImages.jpeg(1400, 1400)));
        library.describe(teacher, square.id(), new MediaDetails("A frog on a lily pad", "", true, "", null, "", Set.of(),
                true, ""));
        ContentItem recorded = episode("Frog sounds, raw", Audience.CLASS, Set.of(), false);
        ContentItem item = podcasts.saveDraft(teacher, DemoPeople.GRADE4, null, new EpisodeForm("Frogs in winter",
                "<p>Where do frogs go when the pond freezes?</p>", Audience.PUBLIC, 2, 5, "", Set.of()));
        podcasts.chooseAudio(teacher, item.id(), podcasts.episode(teacher, recorded.id()).audioMediaId());
        podcasts.attachTranscript(teacher, item.id(), VTT);

        InvalidInputException oblongRefused = assertThrows(InvalidInputException.class,
                () -> podcasts.chooseCover(teacher, item.id(), oblong.id()));
        String why = oblongRefused.fieldErrors().get("cover");
        assertTrue(why.contains("square") && why.contains("\"class-photo.jpg\" is 1,600 × 1,200 pixels."), why);
        InvalidInputException smallRefused = assertThrows(InvalidInputException.class,
                () -> podcasts.chooseCover(teacher, item.id(), small.id()));
        assertTrue(smallRefused.fieldErrors().get("cover").contains("1,400 to 3,000 pixels a side"));
        podcasts.chooseCover(teacher, item.id(), square.id());
        PublishOutcome<Revision> outcome = podcasts.publish(teacher, item.id(), Acknowledgement.NONE);
        assertTrue(outcome.published(), outcome.decision().findings().toString());

        Element channel = (Element) FeedXml.parse(get("/sites/grade-4-hill/podcast/feed.xml").body()).getElementsByTagName("channel").item(0);
        Element entry = null;
        for (int i = 0; i < channel.getElementsByTagName("item").getLength(); i++) {
            Element candidate = (Element) channel.getElementsByTagName("item").item(i);
            if (("urn:chalkpress:episode:" + item.id()).equals(FeedXml.child(candidate, null, "guid").getTextContent())) {
                entry = candidate;
            }
        }
        assertTrue(entry != null, "the episode is in the feed");
        String cover = FeedXml.child(entry, PodcastFeed.ITUNES, "image").getAttribute("href");
        assertEquals(cover, FeedXml.child(channel, PodcastFeed.ITUNES, "image").getAttribute("href"), "the newest cover is the show's");
        assertTrue(FeedXml.text(entry, null, "description").contains("src=\"" + cover + "\""),
                "the notes' cover image has an address podcast apps can load");
        HttpResponse<byte[]> image = get(pathOf(cover));
        assertEquals(200, image.statusCode());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertEquals(1400, served.getWidth());
        assertEquals(1400, served.getHeight());

        Element enclosure = FeedXml.child(entry, null, "enclosure");
        HttpResponse<byte[]> audio = get(pathOf(enclosure.getAttribute("url")));
        assertEquals(200, audio.statusCode());
        assertEquals(Long.parseLong(enclosure.getAttribute("length")), audio.body().length, "exact length");
        assertEquals(enclosure.getAttribute("type"), audio.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(tone(), audio.body());
        assertEquals("3", FeedXml.child(entry, PodcastFeed.ITUNES, "duration").getTextContent());
        assertEquals("2", FeedXml.child(entry, PodcastFeed.ITUNES, "season").getTextContent());
        assertEquals("5", FeedXml.child(entry, PodcastFeed.ITUNES, "episode").getTextContent());
        Element transcript = FeedXml.child(entry, PodcastFeed.PODCAST, "transcript");
        HttpResponse<byte[]> served2 = get(pathOf(transcript.getAttribute("url")));
        assertEquals(200, served2.statusCode());
        assertTrue(served2.headers().firstValue("Content-Type").orElse("").startsWith(transcript.getAttribute("type")));
        assertEquals(VTT, new String(served2.body(), StandardCharsets.UTF_8));
    }

    /** The feed names the configured public address; the test asks the running instance for the same path. */
    private static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }
}
