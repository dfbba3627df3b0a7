package org.chalkpress.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chalkpress.media.faces.DetectedFace;
import org.chalkpress.media.faces.FaceBox;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.MediaCredit;

/**
 * One photo, video or recording in a class site's library: its cleaned bytes, what the teacher said about it
 * (alt text, caption, where it comes from) and who is in it (clause PHOTO-CONSENT).
 */
@Entity
@Table(name = "media_item")
public class MediaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false)
    private MediaType type;

    @Column(name = "blob_key", nullable = false)
    private String blobKey;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    private Integer width;

    private Integer height;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "alt_text", nullable = false)
    private String altText = "";

    @Column(nullable = false)
    private String caption = "";

    @Column(name = "own_work", nullable = false)
    private boolean ownWork = true;

    @Column(name = "credit_source", nullable = false)
    private String creditSource = "";

    @Enumerated(EnumType.STRING)
    private MediaCredit.Licence licence;

    @Column(name = "fair_use_justification", nullable = false)
    private String fairUseJustification = "";

    @Column(name = "no_identifiable_people", nullable = false)
    private boolean noIdentifiablePeople;

    @Column(name = "outsiders_statement", nullable = false)
    private String outsidersStatement = "";

    @Column(name = "face_count")
    private Integer faceCount;

    @Column(name = "text_verdict")
    private String textVerdict;

    @Column(name = "text_findings")
    private String textFindings;

    /** WebVTT, for videos; null when there are none. */
    @Column(name = "captions_vtt")
    private String captionsVtt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaStatus status = MediaStatus.ACTIVE;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "item_id"))
    private List<MediaRendition> renditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_person", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "account_id")
    private Set<Long> people = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_face", joinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("number")
    private List<DetectedFace> faces = new ArrayList<>();

    protected MediaItem() {
    }

    public MediaItem(Long siteId, Long uploadedBy, MediaType type, String blobKey, long byteSize, String fileName) {
        this.siteId = siteId;
        this.uploadedBy = uploadedBy;
        this.type = type;
        this.blobKey = blobKey;
        this.byteSize = byteSize;
        this.fileName = fileName;
        this.createdAt = Clock.now();
        this.updatedAt = createdAt;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long uploadedBy() { return uploadedBy; }
    public MediaType type() { return type; }
    public String blobKey() { return blobKey; }
    public long byteSize() { return byteSize; }
    public Integer width() { return width; }
    public Integer height() { return height; }
    public String fileName() { return fileName; }
    public String altText() { return altText; }
    public String caption() { return caption; }
    public boolean ownWork() { return ownWork; }
    public String creditSource() { return creditSource; }
    public MediaCredit.Licence licence() { return licence; }
    public String fairUseJustification() { return fairUseJustification; }
    public boolean noIdentifiablePeople() { return noIdentifiablePeople; }
    public String outsidersStatement() { return outsidersStatement; }
    public Integer faceCount() { return faceCount; }
    public String textVerdict() { return textVerdict; }
    public String textFindings() { return textFindings; }
    public String captions() { return captionsVtt; }
    public boolean hasCaptions() { return captionsVtt != null; }
    public MediaStatus status() { return status; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
    public String withdrawnReason() { return withdrawnReason; }
    public OffsetDateTime createdAt() { return createdAt; }
    public Set<Long> people() { return Set.copyOf(people); }

    public boolean isImage() { return type.kind() == MediaType.Kind.IMAGE; }
    public boolean withdrawn() { return status == MediaStatus.WITHDRAWN; }

    /** Narrowest first. */
    public List<MediaRendition> renditions() {
        return renditions.stream().sorted(Comparator.comparingInt(MediaRendition::width)).toList();
    }

    public Optional<MediaRendition> rendition(int renditionWidth) {
        return renditions.stream().filter(r -> r.width() == renditionWidth).findFirst();
    }

    /** True when the teacher has not said who is in it: no one tagged and no statement either. */
    public boolean peopleUnstated() {
        return people.isEmpty() && !noIdentifiablePeople && outsidersStatement.isEmpty();
    }

    public MediaCredit credit() {
        if (ownWork) {
            return MediaCredit.authorsOwnWork();
        }
        return new MediaCredit(false, creditSource, licence, fairUseJustification);
    }

    void useRenditions(CleanImage image, List<String> keysByRendition) {
        renditions.clear();
        for (int i = 0; i < image.renditions().size(); i++) {
            CleanImage.Rendition r = image.renditions().get(i);
            renditions.add(new MediaRendition(r.width(), r.height(), keysByRendition.get(i)));
        }
        CleanImage.Rendition largest = image.largest();
        this.width = largest.width();
        this.height = largest.height();
        touch();
    }

    void replaceBytes(String newBlobKey, long newSize) {
        this.blobKey = newBlobKey;
        this.byteSize = newSize;
        touch();
    }

    void describe(MediaDetails details) {
        this.altText = details.altText();
        this.caption = details.caption();
        this.ownWork = details.ownWork();
        this.creditSource = details.ownWork() ? "" : details.source();
        this.licence = details.ownWork() ? null : details.licence();
        this.fairUseJustification = details.ownWork() ? "" : details.fairUseJustification();
        this.noIdentifiablePeople = details.noIdentifiablePeople();
        this.outsidersStatement = details.outsidersStatement();
        this.people.clear();
        this.people.addAll(details.people());
        touch();
    }

    void captionWith(String webVtt) {
        this.captionsVtt = webVtt;
        this.updatedAt = Clock.now();
    }

    void recordTextCheck(String verdict, String findings) {
        this.textVerdict = verdict;
        this.textFindings = findings;
    }

    void countedFaces(Integer faces) {
        this.faceCount = faces;
    }

    /** The faces found in the photo, numbered 1, 2, … left to right. */
    void foundFaces(List<FaceBox> boxes) {
        faces.clear();
        for (int i = 0; i < boxes.size(); i++) {
            faces.add(new DetectedFace(i + 1, boxes.get(i)));
        }
        this.faceCount = boxes.size();
    }

    /** Numbered 1, 2, … left to right; empty when none were found or the photo was not looked at. */
    public List<DetectedFace> faces() {
        return faces.stream().sorted(Comparator.comparingInt(DetectedFace::number)).toList();
    }

    public Optional<DetectedFace> face(int number) {
        return faces.stream().filter(f -> f.number() == number).findFirst();
    }

    public long blurredFaceCount() {
        return faces.stream().filter(DetectedFace::blurred).count();
    }

    /** Tagged people whose face the teacher blurred: they can no longer be recognised in it. */
    public Set<Long> blurredPeople() {
        Set<Long> blurred = new TreeSet<>();
        faces.stream().filter(DetectedFace::blurred).map(DetectedFace::personId)
                .filter(java.util.Objects::nonNull).forEach(blurred::add);
        return blurred;
    }

    void markBlurred(int number, Long whose) {
        DetectedFace face = face(number).orElseThrow();
        faces.remove(face);
        faces.add(face.blurredAs(whose));
        touch();
    }

    void withdraw(String reason) {
        this.status = MediaStatus.WITHDRAWN;
        this.withdrawnAt = Clock.now();
        this.withdrawnReason = reason;
        touch();
    }

    private void touch() {
        this.updatedAt = Clock.now();
    }
}
