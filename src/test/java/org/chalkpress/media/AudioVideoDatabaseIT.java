package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.consent.ConsentKind;
import org.chalkpress.consent.ConsentRecord.GivenBy;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.consent.ConsentStatement;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.Viewer;
import org.chalkpress.podcast.AudioFacts;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.chalkpress.wiki.EditResult;
import org.chalkpress.wiki.WikiEditForm;
import org.chalkpress.wiki.WikiPages;
import org.chalkpress.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Videos and recordings from the library on posts and wiki pages, with the real storage, gate, consent
 * registry and reading pages: stored without hidden metadata, VIDEO and VOICE consent at the gate, players
 * with credit lines, and withdrawal reaching wiki pages.
 */
@ExtendWith(ArquillianExtension.class)
class AudioVideoDatabaseIT {

    private static final String VIDEO = "media/phone-video-with-location.mp4";
    private static final String MEMO = "media/voice-memo-with-tags.mp3";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File imaging = new File(ExifRewriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.chalkpress().addClass(TestImages.class).addAsLibrary(imaging)
                .addAsResource(VIDEO).addAsResource(MEMO);
    }

    @ArquillianResource
    URL base;

    @Inject
    MediaLibrary library;

    @Inject
    BlobStore store;

    @Inject
    Accounts accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    BlogService blog;

    @Inject
    WikiService wiki;

    @Inject
    WikiPages pages;

    @Inject
    ConsentRegistry consent;

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    private Viewer teacher() {
        return Viewer.of(account(DemoPeople.TEACHER));
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    /** A grade 4 student without the demo releases, a different one for each test. */
    private Account otherStudent(int which) {
        return directory.studentsOf(grade4().id()).stream()
                .filter(s -> !Set.of(DemoPeople.STUDENT_WITH_RELEASE, DemoPeople.STUDENT_WITHOUT_RELEASE)
                        .contains(s.username()))
                .sorted(java.util.Comparator.comparing(Account::username).reversed()).toList().get(which);
    }

    private MediaItem upload(String name, String fixture) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixture)) {
            return library.upload(teacher(), grade4(), name, in);
        }
    }

    private byte[] stored(MediaItem item) throws Exception {
        try (InputStream in = store.open(new BlobKey(item.blobKey()), 0)) {
            return in.readAllBytes();
        }
    }

    private static MediaDetails showing(Account person) {
        return new MediaDetails("Our class at the farm", "", true, "", null, "", Set.of(person.id()), false, "");
    }

    private void grant(Account student, ConsentKind kind) {
        consent.record(account(DemoPeople.ADMIN), student, ConsentStatement.grant(kind, Audience.CLASS,
                ConsentRegistry.today(), new GivenBy(null, "Paper form signed by the mother"), null));
    }

    @Test
    void aVideoOfAStudentWithAPhotoReleaseButNoVideoReleaseBlocksThePost() throws Exception {
        Account student = otherStudent(0);
        grant(student, ConsentKind.PHOTO);
        MediaItem video = upload("farm-video.mp4", VIDEO);
        MediaItem photo = library.upload(teacher(), grade4(), "farm.jpg",
                new ByteArrayInputStream(TestImages.jpeg(800, 600)));
        library.describe(teacher(), video.id(), showing(student));
        library.describe(teacher(), photo.id(), showing(student));

        String stored = new String(stored(video), StandardCharsets.ISO_8859_1);
        assertEquals(MediaType.MP4, video.type());
        assertFalse(stored.contains("\u00A9xyz"), "the phone's GPS atom is not stored");
        assertFalse(stored.contains("47.6062"));
        assertFalse(stored.contains("Leo Haddad"));

        ContentItem withPhoto = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, new PostForm("Farm photo",
                "<p>The farm.</p><p><img src=\"/media/" + DemoPeople.GRADE4 + "/" + photo.id()
                        + "\" alt=\"Our class at the farm\"></p>", "trips", "class"));
        assertTrue(blog.publish(teacher(), withPhoto.id(), Acknowledgement.NONE).published(),
                "the photo release covers the photo");

        ContentItem withVideo = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, new PostForm("Farm video",
                "<p>The farm.</p><video controls src=\"/media/" + DemoPeople.GRADE4 + "/" + video.id()
                        + "\"></video>", "trips", "class"));
        PublishOutcome<Revision> blocked = blog.publish(teacher(), withVideo.id(), Acknowledgement.NONE);

        assertFalse(blocked.published());
        List<Finding> consentFindings = blocked.decision().findings().stream()
                .filter(f -> f.clause() == ClauseId.PHOTO_CONSENT).toList();
        assertEquals(1, consentFindings.size(), consentFindings.toString());
        assertTrue(consentFindings.get(0).message().startsWith(student.displayName()
                + " is tagged in the video \"farm-video.mp4\""), consentFindings.get(0).message());

        grant(student, ConsentKind.VIDEO);
        PublishOutcome<Revision> published = blog.publish(teacher(), withVideo.id(), Acknowledgement.NONE);
        assertTrue(published.published(), published.decision().findings().toString());
        Http teacherReads = new Http(base.toString());
        teacherReads.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        String page = teacherReads.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + withVideo.slug()).body();
        assertTrue(page.contains("<video controls preload=\"metadata\" src=\"/media/" + DemoPeople.GRADE4 + "/"
                + video.id() + "\">"), page);
        assertTrue(page.contains("<small class=\"cp-media-credit\">Video: "
                + account(DemoPeople.TEACHER).displayName() + "</small>"), page);
        var served = teacherReads.get("/media/" + DemoPeople.GRADE4 + "/" + video.id());
        assertEquals(200, served.statusCode());
        assertEquals("video/mp4", served.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aVideosCaptionsShowUnderItsPlayerAndWhatTheySayPassesTheGate() throws Exception {
        Account student = otherStudent(1);
        grant(student, ConsentKind.VIDEO);
        MediaItem video = upload("farm-tour.mp4", VIDEO);
        library.describe(teacher(), video.id(), showing(student));

        InvalidInputException untimed = assertThrows(InvalidInputException.class, () -> library.caption(teacher(),
                video.id(), new ByteArrayInputStream("Welcome to our farm.".getBytes(StandardCharsets.UTF_8))));
        assertTrue(untimed.getMessage().contains("Captions need times"), untimed.getMessage());
        String confidential = "1\n00:00:01,000 --> 00:00:03,500\nWelcome to <b>our</b> farm & barn\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\n" + student.displayName() + " got an A on the spelling test\n";
        library.caption(teacher(), video.id(), new ByteArrayInputStream(confidential.getBytes(StandardCharsets.UTF_8)));
        ContentItem post = blog.saveDraft(teacher(), DemoPeople.GRADE4, null, new PostForm("Farm tour",
                "<p>The farm.</p><video controls src=\"/media/" + DemoPeople.GRADE4 + "/" + video.id()
                        + "\"></video>", "trips", "class"));

        PublishOutcome<Revision> blocked = blog.publish(teacher(), post.id(), Acknowledgement.NONE);

        assertFalse(blocked.published(), "readers would read the captions under the video");
        assertTrue(blocked.decision().findings().stream().anyMatch(f -> f.clause() == ClauseId.STUDENT_PRIVACY
                && f.message().contains("captions of “farm-tour.mp4”")), blocked.decision().findings().toString());

        String fine = "1\n00:00:01,000 --> 00:00:03,500\nWelcome to <b>our</b> farm & barn\n";
        library.caption(teacher(), video.id(), new ByteArrayInputStream(fine.getBytes(StandardCharsets.UTF_8)));
        assertTrue(blog.publish(teacher(), post.id(), Acknowledgement.NONE).published());

        Http parent = new Http(base.toString());
        parent.signIn(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        String page = parent.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + post.slug()).body();
        String captionsUrl = "/media/" + DemoPeople.GRADE4 + "/" + video.id() + "/captions.vtt";
        assertTrue(page.contains("<track kind=\"captions\" label=\"Captions\" srclang=\"en\" default src=\""
                + captionsUrl + "\">"), page);
        var captions = parent.get(captionsUrl);
        assertEquals(200, captions.statusCode());
        assertEquals("text/vtt;charset=UTF-8", captions.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nWelcome to our farm &amp; barn\n", captions.body());
        assertEquals(404, new Http(base.toString()).get(captionsUrl).statusCode(), "a class video's captions are the class's");
    }

    @Test
    void aRecordingOnAWikiPagePlaysWithItsCreditAndIsReplacedWhenTheVoiceReleaseIsWithdrawn() throws Exception {
        Account student = otherStudent(1);
        grant(student, ConsentKind.VOICE);
        MediaItem memo = upload("book-talk.mp3", MEMO);
        library.describe(teacher(), memo.id(), showing(student));

        Path copy = Files.createTempFile("memo-", ".mp3");
        try {
            byte[] bytes = stored(memo);
            assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("Maya Chen"), "no ID3 artist");
            assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("Elm Street"), "no ID3 comment");
            Files.write(copy, bytes);
            assertEquals(2, AudioFacts.read(copy, MediaType.MP3).durationSeconds(), "still plays two seconds");
        } finally {
            Files.deleteIfExists(copy);
        }

        String src = "/media/" + DemoPeople.GRADE4 + "/" + memo.id();
        EditResult result = wiki.save(teacher(), DemoPeople.GRADE4, null, new WikiEditForm(
                "Book talks " + memo.id(), "Listen to our book talk:\n\n![Book talk](" + src + ")", "first", null),
                Acknowledgement.NONE);
        assertTrue(result.published(), result.decision().findings().toString());
        String path = "/sites/" + DemoPeople.GRADE4 + "/wiki/" + pages.item(grade4(), result.itemId()).slug();
        Http reader = new Http(base.toString());
        reader.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);

        String page = reader.get(path).body();
        assertTrue(page.contains("<audio controls preload=\"metadata\" title=\"Book talk\" src=\"" + src + "\">"),
                page);
        assertTrue(page.contains("<small class=\"cp-media-credit\">Recording: "
                + account(DemoPeople.TEACHER).displayName() + "</small>"), page);

        consent.revoke(account(DemoPeople.ADMIN), student, ConsentKind.VOICE);

        String withdrawn = reader.get(path).body();
        assertFalse(withdrawn.contains(src), withdrawn);
        assertTrue(withdrawn.contains("This recording was withdrawn."), withdrawn);
    }
}
