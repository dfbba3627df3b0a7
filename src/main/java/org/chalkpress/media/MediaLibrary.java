package org.chalkpress.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.media.faces.DetectedFace;
import org.chalkpress.media.faces.FaceBlur;
import org.chalkpress.media.faces.FacesInPhotos;
import org.chalkpress.media.store.BlobKey;
import org.chalkpress.media.store.BlobStore;
import org.chalkpress.media.store.StoredBlob;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.MediaTextCheck;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * A class site's media library: upload (type from content, limits, images cleaned), describe (alt text,
 * caption, credit, people), list. Only the class's teachers (and communications staff) work here; the
 * caption, alt text and file name are checked by the gate's text rules whenever they change.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    @PersistenceContext(unitName = "chalkpress")
    EntityManager em;

    @Inject
    BlobStore store;

    @Inject
    MediaSettings settings;

    @Inject
    SiteAccess access;

    @Inject
    SiteDirectory directory;

    @Inject
    ChalkpressConfig config;

    @Inject
    MediaTextCheck mediaText;

    @Inject
    MediaUses uses;

    @Inject
    AuditLog audit;

    @Inject
    FacesInPhotos faces;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Stores one uploaded file for the site, or refuses it with a {@link MediaRefusedException}. */
    public MediaItem upload(Viewer viewer, ClassSite site, String fileName, InputStream content) {
        access.requireAuthor(viewer, site);
        Account uploader = viewer.required();
        MediaLimits limits = settings.limits();
        Path incoming = null;
        try {
            Path dir = Files.createDirectories(config.dataDir().resolve("media-incoming"));
            incoming = Files.createTempFile(dir, "upload-", ".part");
            try (var out = Files.newOutputStream(incoming)) {
                new SizeLimitedInputStream(content, limits.maxUploadBytes()).transferTo(out);
            }
            if (Files.size(incoming) == 0) {
                throw new MediaRefusedException("The file is empty. Choose the file again and upload it.");
            }
            MediaType type = MediaTypeDetector.detect(incoming);
            if (Files.size(incoming) > limits.maxBytes(type)) {
                throw SizeLimitedInputStream.tooLarge(limits.maxBytes(type));
            }
            MediaItem item = type.kind() == MediaType.Kind.IMAGE
                    ? storeImage(site, uploader, incoming, type, fileName, limits)
                    : storeAsIs(site, uploader, incoming, type, fileName);
            em.persist(item);
            checkText(item, site, uploader);
            em.flush();
            audit.record(uploader, uploader.username(), AuditAction.MEDIA_UPLOADED, site.id(),
                    "Media " + item.id() + " (" + type.mimeType() + ", " + item.byteSize() + " bytes): "
                            + item.fileName());
            return item;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload", e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException e) {
                    // A stray temporary file is harmless; the original is never served.
                }
            }
        }
    }

    private MediaItem storeImage(ClassSite site, Account uploader, Path file, MediaType type, String fileName,
                                 MediaLimits limits) throws IOException {
        CleanImage clean = new ImageReencoder(limits).reencode(file, type);
        List<String> keys = storeRenditions(clean);
        CleanImage.Rendition largest = clean.largest();
        MediaItem item = new MediaItem(site.id(), uploader.id(), clean.type(),
                keys.get(clean.renditions().indexOf(largest)), largest.bytes().length, displayName(fileName));
        item.useRenditions(clean, keys);
        faces.find(ImageIO.read(new ByteArrayInputStream(largest.bytes()))).ifPresent(item::foundFaces);
        return item;
    }

    /**
     * Pixelates the chosen faces of a photo (clause PHOTO-CONSENT). {@code whose} maps each face number to the
     * tagged person it shows, or to null for someone not tagged. The blurred photo is re-made in every width
     * and the item points at it from now on, so the faces are never served again.
     */
    public MediaItem blurFaces(Viewer viewer, long itemId, Map<Integer, Long> whose) {
        MediaItem item = editable(viewer, itemId);
        if (!item.isImage() || item.withdrawn()) {
            throw InvalidInputException.of("faces", "Only photos still in the library can have faces blurred.");
        }
        if (whose.isEmpty()) {
            throw InvalidInputException.of("faces", "Tick the faces to blur, then press \"Blur selected faces\".");
        }
        List<DetectedFace> chosen = new ArrayList<>();
        for (Map.Entry<Integer, Long> face : whose.entrySet()) {
            DetectedFace found = item.face(face.getKey()).orElseThrow(() -> InvalidInputException.of("faces",
                    "This photo has no face " + face.getKey() + ". Reload the page and choose again."));
            if (face.getValue() != null && !item.people().contains(face.getValue())) {
                throw InvalidInputException.of("faces", "Face " + face.getKey() + " can only be someone tagged in"
                        + " this photo, or someone not tagged. Tag them first.");
            }
            chosen.add(found);
        }
        try {
            BufferedImage photo;
            try (InputStream in = store.open(new BlobKey(item.blobKey()), 0)) {
                photo = ImageIO.read(in);
            }
            BufferedImage blurred = FaceBlur.blurred(photo, chosen.stream().map(DetectedFace::box).toList());
            CleanImage clean = new ImageReencoder(settings.limits()).renditions(blurred, item.type());
            List<String> keys = storeRenditions(clean);
            CleanImage.Rendition largest = clean.largest();
            Set<String> unblurred = new java.util.HashSet<>(item.renditions().stream()
                    .map(MediaRendition::blobKey).toList());
            unblurred.add(item.blobKey());
            item.useRenditions(clean, keys);
            item.replaceBytes(keys.get(clean.renditions().indexOf(largest)), largest.bytes().length);
            whose.forEach(item::markBlurred);
            em.flush();
            deleteAfterCommit(unblurred);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not blur the photo", e);
        }
        Account teacher = viewer.required();
        audit.record(teacher, teacher.username(), AuditAction.MEDIA_FACES_BLURRED, item.siteId(),
                "Media " + item.id() + " (" + item.fileName() + "): blurred face" + (whose.size() == 1 ? " " : "s ")
                        + whose.keySet().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
                        + whoseWords(whose));
        return item;
    }

    /**
     * The unblurred bytes go once the blurred ones are safely recorded, unless another item has the very same
     * bytes (storage is content-addressed, so the same photo uploaded twice shares them).
     */
    private void deleteAfterCommit(Set<String> keys) {
        Set<String> unused = new java.util.HashSet<>(keys);
        unused.removeAll(em.createQuery("select m.blobKey from MediaItem m where m.blobKey in :keys", String.class)
                .setParameter("keys", keys).getResultList());
        unused.removeAll(em.createQuery("select r.blobKey from MediaItem m join m.renditions r"
                        + " where r.blobKey in :keys", String.class).setParameter("keys", keys).getResultList());
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (String key : unused) {
                    try {
                        store.delete(new BlobKey(key));
                    } catch (IOException | RuntimeException e) {
                        java.util.logging.Logger.getLogger(MediaLibrary.class.getName()).warning(
                                "Could not delete the unblurred copy " + key + ": " + e);
                    }
                }
            }
        });
    }

    private String whoseWords(Map<Integer, Long> whose) {
        List<String> named = whose.values().stream().filter(java.util.Objects::nonNull).distinct()
                .map(id -> Optional.ofNullable(em.find(Account.class, id)).map(Account::username).orElse("#" + id))
                .sorted().toList();
        return named.isEmpty() ? " (people not tagged)" : " (of " + String.join(", ", named) + ")";
    }

    private MediaItem storeAsIs(ClassSite site, Account uploader, Path file, MediaType type, String fileName)
            throws IOException {
        HiddenMetadata.removeFrom(file, type);
        StoredBlob blob;
        try (InputStream in = Files.newInputStream(file)) {
            blob = store.put(in);
        }
        return new MediaItem(site.id(), uploader.id(), type, blob.key().hex(), blob.size(), displayName(fileName));
    }

    /** Stores each width of a cleaned image; the blob keys, in the order of its renditions. */
    private List<String> storeRenditions(CleanImage clean) throws IOException {
        List<String> keys = new ArrayList<>();
        for (CleanImage.Rendition rendition : clean.renditions()) {
            keys.add(store.put(new ByteArrayInputStream(rendition.bytes())).key().hex());
        }
        return keys;
    }

    /** The name shown in the library: the last path segment, without control characters, at most 200 chars. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Saves what the teacher says about an item; refused (nothing changed) with a message per field. */
    public MediaItem describe(Viewer viewer, long itemId, MediaDetails details) {
        MediaItem item = editable(viewer, itemId);
        ClassSite site = siteOf(item);
        details.validateFor(item);
        Set<Long> allowed = taggablePeople(site).stream().map(Account::id).collect(Collectors.toSet());
        if (!allowed.containsAll(details.people())) {
            throw InvalidInputException.of("people", "Only students on this class's roster and staff can be tagged.");
        }
        item.describe(details);
        checkText(item, site, viewer.required());
        return item;
    }

    /**
     * Adds (or replaces) a video's captions from an uploaded WebVTT or SubRip file. Their words are checked with
     * the video's other words; refused, with what to fix, when the file is not captions or when a published
     * page shows the video and the rules block what the captions say.
     */
    public MediaItem caption(Viewer viewer, long itemId, InputStream upload) {
        MediaItem item = editable(viewer, itemId);
        if (item.type().kind() != MediaType.Kind.VIDEO) {
            throw InvalidInputException.of("captions", "Captions are for videos. A recording in a podcast episode"
                    + " has a transcript instead.");
        }
        byte[] bytes;
        try {
            bytes = upload.readNBytes(VideoCaptions.MAX_BYTES + 1);
        } catch (IOException e) {
            throw InvalidInputException.of("captions", "The captions file did not arrive whole. Try again.");
        }
        if (bytes.length > VideoCaptions.MAX_BYTES) {
            throw InvalidInputException.of("captions", "The captions file is larger than 512 KB; is it the right file?");
        }
        item.captionWith(VideoCaptions.toWebVtt(new String(bytes, StandardCharsets.UTF_8)));
        Account teacher = viewer.required();
        checkText(item, siteOf(item), teacher);
        audit.record(teacher, teacher.username(), AuditAction.MEDIA_CAPTIONED, item.siteId(),
                "Media " + item.id() + " (" + item.fileName() + "): captions added");
        return item;
    }

    /** Takes a video's captions away. */
    public MediaItem removeCaptions(Viewer viewer, long itemId) {
        MediaItem item = editable(viewer, itemId);
        item.captionWith(null);
        Account teacher = viewer.required();
        checkText(item, siteOf(item), teacher);
        audit.record(teacher, teacher.username(), AuditAction.MEDIA_CAPTIONED, item.siteId(),
                "Media " + item.id() + " (" + item.fileName() + "): captions removed");
        return item;
    }

    /**
     * The caption, alt text and file name through the gate's text rules, for the widest audience that sees or
     * may see the item; the findings are kept on the item. Pages already published show new words at once, so
     * words the rules block are refused for an item such pages show (pages still to be published are checked
     * with their media's words at the gate).
     */
    private void checkText(MediaItem item, ClassSite site, Account author) {
        Set<Audience> showing = item.id() == null ? Set.of() : uses.audiencesShowing(item.id());
        Audience widest = showing.stream().max(Comparator.naturalOrder())
                .filter(a -> a.compareTo(site.defaultAudience()) > 0).orElse(site.defaultAudience());
        List<Finding> findings = mediaText.findingsFor(item, site, author, widest);
        Verdict verdict = Verdict.of(findings);
        if (verdict == Verdict.BLOCK && !showing.isEmpty()) {
            throw InvalidInputException.of("caption", "Published pages show this " + MediaAtTheGate.what(item.type())
                    + ", so its words must pass the policy check: " + findings.stream()
                    .filter(f -> f.severity() == Severity.BLOCK).map(Finding::message).collect(Collectors.joining(" "))
                    + " Nothing was changed.");
        }
        item.recordTextCheck(verdict.name(), findings.isEmpty() ? null
                : findings.stream().map(f -> f.clause().code() + ": " + f.message()).collect(Collectors.joining("\n")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaItem> library(Viewer viewer, ClassSite site) {
        access.requireAuthor(viewer, site);
        return em.createQuery("select m from MediaItem m where m.siteId = :site order by m.createdAt desc, m.id desc",
                        MediaItem.class)
                .setParameter("site", site.id())
                .getResultList();
    }

    /** Students on the class's roster and the class's teachers: the people who can be tagged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> taggablePeople(ClassSite site) {
        List<Account> people = new ArrayList<>(directory.studentsOf(site.id()));
        people.addAll(directory.teachersOf(site.id()));
        return people;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaItem> find(long itemId) {
        return Optional.ofNullable(em.find(MediaItem.class, itemId));
    }

    /** An item the viewer may change: it exists and the viewer writes on its site. */
    public MediaItem editable(Viewer viewer, long itemId) {
        MediaItem item = find(itemId).orElseThrow(() -> new NotFoundException("No such media."));
        access.requireAuthor(viewer, siteOf(item));
        return item;
    }

    ClassSite siteOf(MediaItem item) {
        return directory.site(item.siteId()).orElseThrow(() -> new NotFoundException("No such site."));
    }
}
