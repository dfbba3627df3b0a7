package org.chalkpress.media.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditEntry;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.Revision;
import org.chalkpress.media.MediaDetails;
import org.chalkpress.media.MediaItem;
import org.chalkpress.media.MediaLibrary;
import org.chalkpress.media.MediaRendition;
import org.chalkpress.media.TestImages;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.testing.DemoPeople;
import org.chalkpress.testing.Deployments;
import org.chalkpress.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faces in the media library with the real detector, storage, database and gate: faces counted and stored on
 * upload, blurring re-made in every width and served in place of the original, and a blurred student without
 * a release no longer blocking the post.
 */
@ExtendWith(ArquillianExtension.class)
class FacesDatabaseIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.chalkpress().addClasses(TestImages.class, TestFaces.class)
                .addAsResource("org/chalkpress/media/faces/astronaut.jpg");
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
    AuditLog audit;

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    private Viewer as(String username) {
        return Viewer.of(account(username));
    }

    private ClassSite grade4() {
        return directory.site(DemoPeople.GRADE4).orElseThrow();
    }

    private MediaItem upload(String name, BufferedImage photo) throws Exception {
        return library.upload(as(DemoPeople.TEACHER), grade4(), name,
                new ByteArrayInputStream(TestImages.encode(photo, "jpeg")));
    }

    private BufferedImage stored(String blobKey) throws Exception {
        try (InputStream in = store.open(new BlobKey(blobKey), 0)) {
            return ImageIO.read(in);
        }
    }

    @Test
    void facesAreCountedAndStoredOnUploadAndALandscapeHasNone() throws Exception {
        MediaItem photo = upload("three-friends.jpg", TestFaces.classPhoto(3));
        MediaItem landscape = upload("playground.jpg", TestImages.picture(1200, 800));

        MediaItem reloaded = library.find(photo.id()).orElseThrow();
        assertEquals(3, reloaded.faceCount());
        List<DetectedFace> faces = reloaded.faces();
        assertEquals(List.of(1, 2, 3), faces.stream().map(DetectedFace::number).toList());
        assertTrue(faces.get(0).box().x() < 512 && faces.get(1).box().x() >= 512 && faces.get(2).box().x() >= 1024,
                faces.toString());
        assertTrue(faces.stream().noneMatch(DetectedFace::blurred));
        assertEquals(0, library.find(landscape.id()).orElseThrow().faceCount());
    }

    @Test
    void blurringAStudentWithoutAReleaseLetsThePostPublishAndOnlyTheBlurredPhotoIsServed() throws Exception {
        Account maya = account(DemoPeople.STUDENT_WITH_RELEASE);
        Account leo = account(DemoPeople.STUDENT_WITHOUT_RELEASE);
        MediaItem photo = upload("class-photo.jpg", TestFaces.classPhoto(3, new java.awt.Color(200, 180, 150)));
        library.describe(as(DemoPeople.TEACHER), photo.id(), new MediaDetails("Our class in the reading corner", "",
                true, "", null, "", Set.of(maya.id(), leo.id()), false, ""));
        ContentItem post = blog.saveDraft(as(DemoPeople.TEACHER), DemoPeople.GRADE4, null, new PostForm(
                "Reading corner", "<p>Our reading corner.</p><figure><img src=\"/media/" + DemoPeople.GRADE4 + "/"
                        + photo.id() + "\" alt=\"Our class in the reading corner\"></figure>", "trips", "class"));

        PublishOutcome<Revision> blocked = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);
        assertFalse(blocked.published());
        List<Finding> consent = consentFindings(blocked);
        assertTrue(consent.stream().anyMatch(f -> f.severity() == Severity.BLOCK
                && f.message().startsWith("Leo Haddad is tagged")), consent.toString());
        assertTrue(consent.stream().anyMatch(f -> f.severity() == Severity.WARN
                && f.message().contains("shows 3 faces but 2 people are tagged")), consent.toString());

        MediaItem before = library.find(photo.id()).orElseThrow();
        BufferedImage original = stored(before.blobKey());
        Map<Integer, Long> whose = new HashMap<>();
        whose.put(2, leo.id());
        whose.put(3, null);
        MediaItem blurred = library.blurFaces(as(DemoPeople.TEACHER), photo.id(), whose);

        assertNotEquals(before.blobKey(), blurred.blobKey());
        assertEquals(before.renditions().stream().map(MediaRendition::width).toList(),
                blurred.renditions().stream().map(MediaRendition::width).toList());
        for (int i = 0; i < before.renditions().size(); i++) {
            assertNotEquals(before.renditions().get(i).blobKey(), blurred.renditions().get(i).blobKey());
        }
        for (MediaRendition rendition : before.renditions()) {
            assertTrue(store.size(new BlobKey(rendition.blobKey())).isEmpty(), "the unblurred copy is deleted");
        }
        MediaItem reloaded = library.find(photo.id()).orElseThrow();
        assertEquals(List.of(false, true, true), reloaded.faces().stream().map(DetectedFace::blurred).toList());
        assertEquals(Set.of(leo.id()), reloaded.blurredPeople());
        BufferedImage now = stored(reloaded.blobKey());
        FaceBox leosFace = reloaded.faces().get(1).box();
        int cx = leosFace.x() + leosFace.width() / 2;
        int cy = leosFace.y() + leosFace.height() / 2;
        assertNotEquals(original.getRGB(cx, cy), now.getRGB(cx, cy), "the middle of Leo's face changed");
        assertEquals(1, new FaceDetector().detect(now).size(), "only the first face can still be found");
        AuditEntry entry = audit.latest(1).get(0);
        assertEquals(AuditAction.MEDIA_FACES_BLURRED, entry.action());
        assertTrue(entry.detail().contains("faces 2, 3") && entry.detail().contains(leo.username()), entry.detail());

        Http teacher = new Http(base.toString());
        teacher.signIn(DemoPeople.TEACHER, DemoPeople.PASSWORD);
        for (MediaRendition rendition : reloaded.renditions()) {
            assertEquals("\"" + rendition.blobKey() + "\"", teacher.get("/media/" + DemoPeople.GRADE4 + "/"
                    + photo.id() + "/" + rendition.width()).headers().firstValue("ETag").orElseThrow());
        }

        PublishOutcome<Revision> published = blog.publish(as(DemoPeople.TEACHER), post.id(), Acknowledgement.NONE);
        assertTrue(published.published(), published.decision().findings().toString());
        assertEquals(List.of(), consentFindings(published));
    }

    @Test
    void onlyTheClassTeachersBlurAndOnlyFacesThatExistAsPeopleWhoAreTagged() throws Exception {
        MediaItem photo = upload("pair.jpg", TestFaces.classPhoto(2, new java.awt.Color(90, 120, 200)));
        Account leo = account(DemoPeople.STUDENT_WITHOUT_RELEASE);

        assertThrows(NotAllowedException.class,
                () -> library.blurFaces(as(DemoPeople.OTHER_TEACHER), photo.id(), Map.of(1, leo.id())));
        InvalidInputException noSuchFace = assertThrows(InvalidInputException.class,
                () -> library.blurFaces(as(DemoPeople.TEACHER), photo.id(), Map.of(9, leo.id())));
        assertTrue(noSuchFace.getMessage().contains("no face 9"), noSuchFace.getMessage());
        InvalidInputException notTagged = assertThrows(InvalidInputException.class,
                () -> library.blurFaces(as(DemoPeople.TEACHER), photo.id(), Map.of(1, leo.id())));
        assertTrue(notTagged.getMessage().contains("Tag them first"), notTagged.getMessage());
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> library.blurFaces(as(DemoPeople.TEACHER), photo.id(), Map.of()));
        assertTrue(none.getMessage().contains("Tick the faces to blur"), none.getMessage());

        MediaItem unchanged = library.find(photo.id()).orElseThrow();
        assertEquals(photo.blobKey(), unchanged.blobKey());
        assertTrue(unchanged.faces().stream().noneMatch(DetectedFace::blurred));
    }

    @Test
    void blurringOnePhotoKeepsTheBytesOfAnotherUploadOfTheSamePhoto() throws Exception {
        BufferedImage same = TestFaces.classPhoto(2, new java.awt.Color(60, 160, 90));
        MediaItem first = upload("trip.jpg", same);
        MediaItem second = upload("trip-again.jpg", same);
        assertEquals(first.blobKey(), second.blobKey(), "the same bytes are stored once");

        library.blurFaces(as(DemoPeople.TEACHER), first.id(), one(1));

        assertTrue(store.size(new BlobKey(second.blobKey())).isPresent());
        for (MediaRendition rendition : second.renditions()) {
            assertTrue(store.size(new BlobKey(rendition.blobKey())).isPresent(), "still served for trip-again.jpg");
        }
        assertNotEquals(first.blobKey(), library.find(first.id()).orElseThrow().blobKey());
    }

    /** Face {@code number}, someone not tagged. */
    private static Map<Integer, Long> one(int number) {
        Map<Integer, Long> whose = new HashMap<>();
        whose.put(number, null);
        return whose;
    }

    private static List<Finding> consentFindings(PublishOutcome<Revision> outcome) {
        return outcome.decision().findings().stream().filter(f -> f.clause() == ClauseId.PHOTO_CONSENT).toList();
    }
}
