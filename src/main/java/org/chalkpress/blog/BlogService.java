package org.chalkpress.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.content.Revision;
import org.chalkpress.content.RevisionLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.publishing.PublishStep;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.sites.Slug;

/**
 * A teacher's work on blog posts: drafts (always saved, with the gate's findings), publishing through the
 * gate, scheduling, unpublishing and history.
 */
@ApplicationScoped
@Transactional
public class BlogService {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    PublishGate gate;

    @Inject
    RevisionLog revisions;

    @Inject
    AuditLog audit;

    @Inject
    SiteChanges changes;

    /** Saves the draft whatever it contains, and records what the gate would say about it. */
    public ContentItem saveDraft(Viewer viewer, String siteSlug, Long itemId, PostForm form) {
        ClassSite site = directory.site(siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        access.requireAuthor(viewer, site);
        PostForm.Validated input = form.validate();
        ContentItem item = itemId == null ? newPost(viewer.required(), site, input.title()) : editable(viewer, itemId);
        if (!item.siteId().equals(site.id())) {
            throw new NotFoundException("No such post on this site.");
        }
        item.editDraft(input.title(), input.bodyHtml(), input.tags(),
                input.audience() == null ? item.audience() : input.audience());
        GateDecision decision = gate.review(submissionOf(item, site, viewer.required()));
        item.recordDraftReview(decision.verdict(), FindingsJson.write(decision.findings()));
        return item;
    }

    /** Sends the saved draft through the publish gate; the draft stays saved whatever it decides. */
    public PublishOutcome<Revision> publish(Viewer viewer, Long itemId, Acknowledgement ack) {
        ContentItem item = editable(viewer, itemId);
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        if (item.draftTitle().isBlank()) {
            throw InvalidInputException.of("title", "Give the post a title before publishing.");
        }
        PublishOutcome<Revision> outcome = gate.publish(submissionOf(item, site, viewer.required()), ack,
                new RevisionStep(item, viewer.required()));
        item.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        if (outcome.published()) {
            changes.touched(site.id());
        }
        return outcome;
    }

    /** Checks the draft now and publishes it at the given time, through the gate again then. */
    public GateDecision schedule(Viewer viewer, Long itemId, OffsetDateTime when, boolean warningsAcknowledged) {
        ContentItem item = editable(viewer, itemId);
        if (when == null || !when.isAfter(Clock.now())) {
            throw InvalidInputException.of("scheduledFor", "Choose a publish time in the future.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        GateDecision decision = gate.review(submissionOf(item, site, viewer.required()));
        item.recordDraftReview(decision.verdict(), FindingsJson.write(decision.findings()));
        boolean allowed = switch (decision.verdict()) {
            case PASS -> true;
            case WARN -> warningsAcknowledged;
            case BLOCK -> false;
        };
        if (allowed) {
            item.scheduleFor(when);
            audit.recordDecision(viewer.required(), AuditAction.SCHEDULED, site.id(), ContentKind.POST.name(),
                    item.id(), null, decision.verdict(), decision.findings(), "for " + when);
        }
        return decision;
    }

    /** Publishes the scheduled posts that are due, each through the gate as its author. */
    public int publishDue(OffsetDateTime now) {
        List<ContentItem> due = em.createQuery("select i from ContentItem i where i.status = :scheduled"
                        + " and i.scheduledFor <= :now", ContentItem.class)
                .setParameter("scheduled", ItemStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
        int published = 0;
        for (ContentItem item : due) {
            Account author = em.find(Account.class, item.authorId());
            ClassSite site = directory.site(item.siteId()).orElseThrow();
            PublishOutcome<Revision> outcome = gate.publish(submissionOf(item, site, author),
                    Acknowledgement.WARNINGS, new RevisionStep(item, author));
            item.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
            if (outcome.published()) {
                changes.touched(site.id());
                published++;
            } else {
                item.unpublish();
            }
        }
        return published;
    }

    /** Hides the post from readers; it and its history are kept. */
    public ContentItem unpublish(Viewer viewer, Long itemId) {
        ContentItem item = editable(viewer, itemId);
        item.unpublish();
        audit.recordDecision(viewer.required(), AuditAction.UNPUBLISHED, item.siteId(), ContentKind.POST.name(),
                item.id(), item.liveRevisionId(), null, List.of(), null);
        changes.touched(item.siteId());
        return item;
    }

    public ContentItem editable(Viewer viewer, Long itemId) {
        ContentItem item = itemId == null ? null : em.find(ContentItem.class, itemId);
        if (item == null || item.kind() != ItemKind.POST) {
            throw new NotFoundException("No such post.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No such post.");
        }
        return item;
    }

    public List<ContentItem> postsForEditing(Viewer viewer, ClassSite site) {
        access.requireAuthor(viewer, site);
        return em.createQuery("select i from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " order by i.updatedAt desc", ContentItem.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.POST)
                .getResultList();
    }

    public List<Revision> history(Viewer viewer, Long itemId) {
        ContentItem item = editable(viewer, itemId);
        return em.createQuery("select r from Revision r where r.itemId = :item order by r.number desc", Revision.class)
                .setParameter("item", item.id())
                .getResultList();
    }

    private ContentItem newPost(Account author, ClassSite site, String title) {
        Slug base = Slug.from(title);
        String candidate = base.value();
        for (int n = 2; slugTaken(site, candidate); n++) {
            candidate = base.value() + "-" + n;
        }
        ContentItem item = new ContentItem(ItemKind.POST, site.id(), author.id(), new Slug(candidate),
                site.defaultAudience());
        em.persist(item);
        em.flush();
        return item;
    }

    private boolean slugTaken(ClassSite site, String slug) {
        return em.createQuery("select count(i) from ContentItem i where i.siteId = :site and i.kind = :kind"
                        + " and i.slug = :slug", Long.class)
                .setParameter("site", site.id())
                .setParameter("kind", ItemKind.POST)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    private static Submission submissionOf(ContentItem item, ClassSite site, Account author) {
        return new Submission(ContentKind.POST, site, author, item.draftTitle(), item.draftBody(), item.audience(),
                item.id());
    }

    /** Stores a new numbered revision and makes it the live one. */
    private final class RevisionStep implements PublishStep<Revision> {
        private final ContentItem item;
        private final Account author;

        RevisionStep(ContentItem item, Account author) {
            this.item = item;
            this.author = author;
        }

        @Override
        public Revision persist(String sanitisedHtml, GateDecision decision) {
            Revision revision = revisions.append(item, item.draftTitle(), sanitisedHtml, item.draftTags(),
                    item.audience(), author.id(), decision.verdict());
            item.goLive(revision);
            return revision;
        }

        @Override
        public Long revisionId(Revision result) {
            return result.id();
        }
    }
}
