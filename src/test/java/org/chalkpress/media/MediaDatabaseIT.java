package org.chalkpress.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
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
import org.chalkpress.notify.Notice;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
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
import org.chalkpress.testing.NoticesSeen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library with real storage, database, gate and consent registry: clean uploads, refusals, the
 * PHOTO-CONSENT block, serving, and revocation withdrawing a photo from pages and feeds at once.
 */
@ExtendWith(ArquillianExtension.class)
class MediaDatabaseIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        // The tests make their photos with camera metadata in the container, so they need Commons Imaging there.
        File imaging = new File(ExifRewriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.chalkpress().addClass(TestImages.class).addAsLibrary(imaging);
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
    ConsentRegistry consent;

    @Inject
    AuditLog audit;

    @Inject
    NoticesSeen notices;

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    private Viewer as(String username) {
        return Viewer.of(account(username));
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    private MediaItem upload(String name, byte[] bytes) {
        return library.upload(as(DemoPeople.TEACHER), grade4(), name, new ByteArrayInputStream(bytes));
    }

    private static MediaDetails tagged(Set<Long> people) {
        return new MediaDetails("Our class at the farm", "", true, "", null, "", people, false, "");
    }

    private static String figure(MediaItem item) {
        return "<p>Our trip.</p><figure><img src=\"/media/" + DemoPeople.GRADE4 + "/" + item.id()
                + "\" alt=\"Our class at the farm\"></figure>";
    }

    private ContentItem draft(String title, String html, String audience) {
        return blog.saveDraft(as(DemoPeople.TEACHER), DemoPeople.GRADE4, null,
                new PostForm(title, html, "trips", audience));
    }

    @Test
    void aPhonePhotoIsStoredWithoutItsLocationOrCameraAndServedOnlyToTheClassTeachers() throws Exception {
        MediaItem item = upload("IMG_2041.JPG", TestImages.jpegWithCameraMetadata(1600, 1200, 1));

        assertEquals(MediaType.JPEG, item.type());
        assertEquals(List.of(320, 640, 1280, 1600), item.renditions().stream().map(MediaRendition::width).toList());
        for (MediaRendition rendition : item.renditions()) {
            try (InputStream in = store.open(new BlobKey(rendition.blobKey()), 0)) {
                byte[] bytes = in.readAllBytes();
                assertNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                        .getFirstDirectoryOfType(GpsDirectory.class));
                assertFalse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SN-0042"));
            }
        }
        assertEquals(AuditAction.MEDIA_UPLOADED, audit.latest(1).get(0).action());

        String url = "/media/" + DemoPeople.GRADE4 + "/" + item.id();
        assertEquals(404, new Http(base.toString()).get(url).statusCode(), "not on any page yet: not found");
        Http teacher = new Http(base.toString());
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        HttpResponse<String> served = teacher.get(url + "/640");
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("\"" + item.renditions().get(1).blobKey() + "\"", served.headers().firstValue("ETag").orElseThrow());
        assertThrows(NotAllowedException.class, () -> library.upload(as(DemoPeople.OTHER_TEACHER), grade4(),
                "x.jpg", new ByteArrayInputStream(new byte[10])));
    }

    @Test
    void disguisedBombedOrDamagedFilesAreRefusedWithAReasonAndNothingIsStored() throws Exception {
        int before = library.library(as(DemoPeople.TEACHER), grade4()).size();

        MediaRefusedException disguised = assertThrows(MediaRefusedException.class,
                () -> upload("class-photo.jpg", "<html><script>alert(1)</script></html>".getBytes()));
        MediaRefusedException bomb = assertThrows(MediaRefusedException.class,
                () -> upload("tiny.png", TestImages.pngClaiming(60_000, 60_000)));
        MediaRefusedException truncated = assertThrows(MediaRefusedException.class,
                () -> upload("cut.jpg", TestImages.truncatedJpeg(0.5)));

        assertTrue(disguised.getMessage().contains("not a photo, video or recording"), disguised.getMessage());
        assertTrue(bomb.getMessage().contains("60,000 × 60,000 pixels"), bomb.getMessage());
        assertTrue(truncated.getMessage().contains("damaged or incomplete"), truncated.getMessage());
        assertEquals(before, library.library(as(DemoPeople.TEACHER), grade4()).size());
    }

    @Test
    void aTaggedStudentWithoutAMediaReleaseBlocksPublishingUntilTheTeacherRemovesThem() throws Exception {
        Account maya = account(DemoPeople.STUDENT_WITH_RELEASE);
        Account leo = account(DemoPeople.STUDENT_WITHOUT_RELEASE);
        MediaItem photo = upload("farm.jpg", TestImages.jpeg(800, 600));
        library.describe(as(DemoPeople.TEACHER), photo.id(), tagged(Set.of(maya.id(), leo.id())));
        ContentItem post = draft("Farm trip", figure(photo), "class");

        PublishOutcome<Revision> blocked = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);

        assertFalse(blocked.published());
        List<Finding> consent = blocked.decision().findings().stream()
                .filter(f -> f.clause() == ClauseId.PHOTO_CONSENT).toList();
        assertEquals(1, consent.size(), consent.toString());
        assertTrue(consent.get(0).message().startsWith("Leo Haddad is tagged in the photo \"farm.jpg\""),
                consent.get(0).message());
        assertTrue(blocked.decision().findings().stream().noneMatch(f -> f.clause() == ClauseId.COPYRIGHT),
                "own work recorded in the library counts as a credit");

        library.describe(as(DemoPeople.TEACHER), photo.id(), tagged(Set.of(maya.id())));
        PublishOutcome<Revision> published = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);

        assertTrue(published.published(), published.decision().findings().toString());
        Http parent = new Http(base.toString());
        parent.signIn(DemoPeople.PARENT_WITH_RELEASE, DemoPeople.PASSWORD);
        String page = parent.get("/sites/" + DemoPeople.GRADE4 + "/posts/" + post.slug()).body();
        assertTrue(page.contains("<small class=\"cp-media-credit\">Photo: "
                + account(DemoPeople.TEACHER).displayName() + "</small>"), page);
        assertEquals(200, parent.get("/media/" + DemoPeople.GRADE4 + "/" + photo.id()).statusCode());
        assertEquals(404, new Http(base.toString()).get("/media/" + DemoPeople.GRADE4 + "/" + photo.id())
                .statusCode(), "a class page's photo is not for visitors");
    }

    @Test
    void theWordsKeptWithAPhotoInTheLibraryPassTheGateWithEveryPageThatShowsIt() throws Exception {
        Account maya = account(DemoPeople.STUDENT_WITH_RELEASE);
        MediaItem photo = upload("spelling-bee.jpg", TestImages.jpeg(600, 400));
        MediaDetails confidential = new MediaDetails("Students at the spelling bee",
                maya.displayName() + " got an A on the spelling test", true, "", null, "", Set.of(maya.id()), false, "");
        library.describe(as(DemoPeople.TEACHER), photo.id(), confidential);
        assertEquals("BLOCK", library.find(photo.id()).orElseThrow().textVerdict(), "kept, with its findings shown");
        ContentItem post = draft("Spelling bee", figure(photo), "class");

        PublishOutcome<Revision> blocked = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);

        assertFalse(blocked.published(), "readers would see the caption under the photo");
        Finding privacy = blocked.decision().findings().stream()
                .filter(f -> f.clause() == ClauseId.STUDENT_PRIVACY).findFirst().orElseThrow();
        assertTrue(privacy.message().contains("caption, alt text, file name or captions of “spelling-bee.jpg”"), privacy.message());
        assertTrue(privacy.fix().contains("media library"), privacy.fix());

        MediaDetails fine = new MediaDetails("Students at the spelling bee", "Our spelling bee", true, "", null, "",
                Set.of(maya.id()), false, "");
        library.describe(as(DemoPeople.TEACHER), photo.id(), fine);
        assertTrue(blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE).published());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> library.describe(as(DemoPeople.TEACHER), photo.id(), confidential));
        assertTrue(refused.getMessage().contains("Published pages show this photo"), refused.getMessage());
        assertEquals("Our spelling bee", library.find(photo.id()).orElseThrow().caption(),
                "a published page never shows words the gate did not pass");
    }

    @Test
    void anUntaggedPhotoWarns() throws Exception {
        MediaItem photo = upload("untagged.jpg", TestImages.jpeg(400, 300));
        library.describe(as(DemoPeople.TEACHER), photo.id(),
                new MediaDetails("A drawing", "", true, "", null, "", Set.of(), false, ""));
        ContentItem post = draft("Untagged", figure(photo), "class");

        PublishOutcome<Revision> held = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);

        assertTrue(held.needsAcknowledgement());
        assertTrue(held.decision().findings().stream().anyMatch(f -> f.clause() == ClauseId.PHOTO_CONSENT
                && f.message().contains("No one is tagged")));
    }

    @Test
    void revokingAReleaseWithdrawsThePhotoFromEveryPageAndFeedAtOnceAndTellsTheAuthor() throws Exception {
        Account admin = account(DemoPeople.ADMIN);
        Account student = directory.studentsOf(grade4().id()).stream()
                .filter(s -> !Set.of(DemoPeople.STUDENT_WITH_RELEASE, DemoPeople.STUDENT_WITHOUT_RELEASE)
                        .contains(s.username()))
                .findFirst().orElseThrow();
        consent.record(admin, student, ConsentStatement.grant(ConsentKind.PHOTO, Audience.PUBLIC,
                ConsentRegistry.today(), new GivenBy(null, "Paper form signed by the father"), null));
        MediaItem photo = upload("concert.jpg", TestImages.jpeg(900, 600));
        library.describe(as(DemoPeople.TEACHER), photo.id(), tagged(Set.of(student.id())));
        ContentItem post = draft("Winter concert", figure(photo), "public");
        assertTrue(blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE).published());
        Http visitor = new Http(base.toString());
        String src = "/media/" + DemoPeople.GRADE4 + "/" + photo.id();
        String postPath = "/sites/" + DemoPeople.GRADE4 + "/posts/" + post.slug();
        assertTrue(visitor.get(postPath).body().contains(src));
        assertTrue(visitor.get("/sites/" + DemoPeople.GRADE4 + "/feed.atom").body().contains(src));
        HttpResponse<String> image = visitor.get(src);
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Cache-Control").orElseThrow().startsWith("public"));

        consent.revoke(admin, student, ConsentKind.PHOTO);

        String page = visitor.get(postPath).body();
        assertFalse(page.contains(src), page);
        assertTrue(page.contains("This photo was withdrawn."), page);
        String feed = visitor.get("/sites/" + DemoPeople.GRADE4 + "/feed.atom").body();
        assertFalse(feed.contains(src));
        assertTrue(feed.contains("This photo was withdrawn."), feed);
        assertEquals(410, visitor.get(src).statusCode());
        assertTrue(audit.latest(5).stream().anyMatch(e -> e.action() == AuditAction.MEDIA_WITHDRAWN));
        List<Notice> told = notices.to(account(DemoPeople.TEACHER).id());
        assertTrue(told.stream().anyMatch(n -> n.subject().contains("concert.jpg")), told.toString());
    }
}
