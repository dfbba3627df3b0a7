package org.chalkpress.content;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;
import org.chalkpress.sites.Slug;

/**
 * A blog post, wiki page or podcast episode: the author's working draft plus a pointer to the revision
 * that readers see. The draft is always kept, whatever the gate decided (clause ACCOUNTABLE).
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status = ItemStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "draft_title", nullable = false)
    private String draftTitle;

    @Column(name = "draft_body", nullable = false)
    private String draftBody;

    @Column(name = "draft_tags", nullable = false)
    private String draftTags = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_verdict")
    private Verdict draftVerdict;

    @Column(name = "draft_findings")
    private String draftFindings;

    @Column(name = "live_revision_id")
    private Long liveRevisionId;

    @Column(name = "scheduled_for")
    private OffsetDateTime scheduledFor;

    @Column(name = "first_published_at")
    private OffsetDateTime firstPublishedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    protected ContentItem() {
    }

    public ContentItem(ItemKind kind, Long siteId, Long authorId, Slug slug, Audience audience) {
        this.kind = kind;
        this.siteId = siteId;
        this.authorId = authorId;
        this.slug = slug.value();
        this.audience = audience;
        this.draftTitle = "";
        this.draftBody = "";
        this.createdAt = Clock.now();
        this.updatedAt = createdAt;
    }

    public void editDraft(String title, String body, Tags newTags, Audience newAudience) {
        this.draftTitle = title == null ? "" : title.strip();
        this.draftBody = body == null ? "" : body;
        this.draftTags = newTags.asText();
        this.audience = newAudience;
        this.updatedAt = Clock.now();
    }

    public void recordDraftReview(Verdict verdict, String findingsJson) {
        this.draftVerdict = verdict;
        this.draftFindings = findingsJson;
    }

    /** Makes a revision live; the first publish fixes the date readers see. */
    public void goLive(Revision revision) {
        if (isHeldByConcern()) {
            throw new org.chalkpress.people.NotAllowedException("Communications staff have taken this page off"
                    + " while they review a report of concern; it can go live again only if they restore it.");
        }
        this.liveRevisionId = revision.id();
        this.status = ItemStatus.PUBLISHED;
        this.scheduledFor = null;
        this.tags = new TreeSet<>(Tags.parse(revision.tags()).values());
        this.audience = revision.audience();
        OffsetDateTime now = Clock.now();
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        this.updatedAt = now;
    }

    /** A new address after a rename (wiki pages); the caller keeps a redirect from the old one. */
    public void moveTo(Slug newSlug) {
        this.slug = newSlug.value();
        this.updatedAt = Clock.now();
    }

    public void scheduleFor(OffsetDateTime when) {
        this.scheduledFor = when;
        this.status = ItemStatus.SCHEDULED;
        this.updatedAt = Clock.now();
    }

    /** Hidden from readers, kept with all its revisions. */
    public void unpublish() {
        if (isHeldByConcern()) {
            return;
        }
        this.status = liveRevisionId == null ? ItemStatus.DRAFT : ItemStatus.UNPUBLISHED;
        this.scheduledFor = null;
        this.updatedAt = Clock.now();
    }

    /** Off every page at once while communications staff review a report of concern; kept as it was. */
    public void hideForReview() {
        if (status == ItemStatus.PUBLISHED) {
            this.status = ItemStatus.HIDDEN;
            this.updatedAt = Clock.now();
        }
    }

    /** Back on its pages after review, when it was hidden for it. */
    public void restoreAfterReview() {
        if (status == ItemStatus.HIDDEN && liveRevisionId != null) {
            this.status = ItemStatus.PUBLISHED;
            this.updatedAt = Clock.now();
        }
    }

    /** Off for good after review; the item and its history are kept for the record (clause ACCOUNTABLE). */
    public void removeAfterReview() {
        this.status = ItemStatus.REMOVED;
        this.scheduledFor = null;
        this.updatedAt = Clock.now();
    }

    public boolean isHeldByConcern() {
        return status == ItemStatus.HIDDEN || status == ItemStatus.REMOVED;
    }

    public boolean isLive() {
        return status == ItemStatus.PUBLISHED && liveRevisionId != null;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public ItemKind kind() { return kind; }
    public String slug() { return slug; }
    public ItemStatus status() { return status; }
    public Audience audience() { return audience; }
    public Long authorId() { return authorId; }
    public String draftTitle() { return draftTitle; }
    public String draftBody() { return draftBody; }
    public Tags draftTags() { return Tags.parse(draftTags); }
    public Verdict draftVerdict() { return draftVerdict; }
    public String draftFindings() { return draftFindings; }
    public Long liveRevisionId() { return liveRevisionId; }
    public OffsetDateTime scheduledFor() { return scheduledFor; }
    public OffsetDateTime firstPublishedAt() { return firstPublishedAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public long version() { return version; }
}
