package org.chalkpress.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemKind;
import org.chalkpress.content.Revision;
import org.chalkpress.content.RevisionLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.Audience;
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
import org.chalkpress.policy.ContentDocument;
import org.chalkpress.wiki.WikiViews.EditorSource;
import org.chalkpress.wiki.WikiViews.HistoryEntry;
import org.jsoup.Jsoup;

/**
 * Editing a class wiki. A teacher's edit goes through the publish gate at once; a student's edit waits as a
 * pending change until a teacher approves it (and then goes through the gate as the student's). An edit
 * made from an old revision is merged when the lines do not clash and refused when they do.
 */
@ApplicationScoped
@Transactional
public class WikiService {

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
    SiteChanges changes;

    @Inject
    WikiPages pages;

    @Inject
    WikiNotices notices;

    /** Saves an edit of a page (or a new page when itemId is null): published, held, or sent for approval. */
    public EditResult save(Viewer viewer, String siteSlug, Long itemId, WikiEditForm form, Acknowledgement ack) {
        ClassSite site = directory.site(siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        WikiEditForm.Validated input = form.validate();
        ContentItem item = itemId == null ? null : pages.item(site, itemId);
        WikiPage page = item == null ? null : pages.page(item.id());
        boolean teacher = access.canAuthor(viewer, site);
        if (!teacher) {
            requireStudentMayEdit(viewer, site, page);
        }
        requireTitleFree(site, input.title(), item);
        Merged merged = mergeWithLive(item, form.baseRevisionId(), input.markdown());
        Account author = viewer.required();
        if (item == null) {
            item = newPage(author, site, input.title());
            page = pages.page(item.id());
        }
        if (!teacher) {
            return propose(site, item, author, input, merged);
        }
        item.editDraft(input.title().value(), merged.markdown(), item.draftTags(), item.audience());
        WikiPage wikiPage = page;
        ContentItem target = item;
        Audience readers = input.audience() == null ? item.audience() : input.audience();
        PublishOutcome<Revision> outcome = publishEdit(site, target, wikiPage, author, null, input.title(),
                merged.markdown(), input.summary(), readers, ack);
        target.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        return result(outcome, target.id(), null, merged.mergedWith());
    }

    /** What the gate would say about an edit, and the text it read (findings' offsets index it); saves nothing. */
    public WikiViews.Checked check(Viewer viewer, String siteSlug, Long itemId, String title, String markdown) {
        ClassSite site = directory.site(siteSlug)
                .orElseThrow(() -> new NotFoundException("No class site called '" + siteSlug + "'."));
        ContentItem item = itemId == null ? null : pages.item(site, itemId);
        if (!access.canAuthor(viewer, site)) {
            requireStudentMayEdit(viewer, site, item == null ? null : pages.page(item.id()));
        }
        String html = WikiMarkdown.render(markdown, pages.addresses(site)).html();
        GateDecision decision = gate.review(new Submission(ContentKind.WIKI_PAGE, site, viewer.required(), title,
                html, item == null ? site.defaultAudience() : item.audience(), itemId));
        return new WikiViews.Checked(decision, ContentDocument.parse(html).text());
    }

    /** Publishes a student's pending change, as the student's, with the approving teacher recorded. */
    public EditResult approve(Viewer viewer, Long changeId, Acknowledgement ack) {
        PendingChange change = pendingChange(viewer, changeId);
        ClassSite site = directory.site(change.siteId()).orElseThrow();
        ContentItem item = pages.item(site, change.itemId());
        WikiPage page = pages.page(item.id());
        PageTitle title = new PageTitle(change.title());
        requireTitleFree(site, title, item);
        Merged merged = mergeWithLive(item, change.baseRevisionId(), change.markdown());
        Account student = em.find(Account.class, change.authorId());
        PublishOutcome<Revision> outcome = publishEdit(site, item, page, student, viewer.required().id(), title,
                merged.markdown(), change.summary(), item.audience(), ack);
        change.recordReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        if (outcome.published()) {
            change.approved(viewer.required().id(), outcome.result().id());
            notices.editApproved(site, change);
            item.editDraft(title.value(), merged.markdown(), item.draftTags(), item.audience());
            item.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        }
        return result(outcome, item.id(), change.id(), merged.mergedWith());
    }

    public PendingChange reject(Viewer viewer, Long changeId, String reason) {
        PendingChange change = pendingChange(viewer, changeId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Tell the student why, so they can improve their edit.");
        }
        change.rejected(viewer.required().id(), reason.strip());
        notices.editRejected(directory.site(change.siteId()).orElseThrow(), change, reason.strip());
        ContentItem item = em.find(ContentItem.class, change.itemId());
        if (item.liveRevisionId() == null && pendingFor(item).isEmpty()) {
            pages.page(item.id()).releaseTitle();
        }
        return change;
    }

    /** Makes an old revision's text live again, as a new revision, through the gate. */
    public EditResult revert(Viewer viewer, Long itemId, Long revisionId, Acknowledgement ack) {
        ContentItem item = teacherItem(viewer, itemId);
        Revision old = em.find(Revision.class, revisionId);
        if (old == null || !old.itemId().equals(item.id())) {
            throw new NotFoundException("No such revision of this page.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        PageTitle title = new PageTitle(old.title());
        requireTitleFree(site, title, item);
        String markdown = pages.markdownOf(old.id());
        item.editDraft(title.value(), markdown, item.draftTags(), item.audience());
        PublishOutcome<Revision> outcome = publishEdit(site, item, pages.page(item.id()), viewer.required(), null,
                title, markdown, "Reverted to revision " + old.number(), item.audience(), ack);
        item.recordDraftReview(outcome.decision().verdict(), FindingsJson.write(outcome.decision().findings()));
        return result(outcome, item.id(), null, List.of());
    }

    /** Only the class's teachers may edit a protected page; students' edits still need approval. */
    public void protect(Viewer viewer, Long itemId, boolean onlyTeachers) {
        teacherItem(viewer, itemId);
        pages.page(itemId).protect(onlyTeachers);
        changes.touched(pages.page(itemId).siteId());
    }

    public WikiSettings settings(ClassSite site) {
        return Optional.ofNullable(em.find(WikiSettings.class, site.id())).orElseGet(() -> new WikiSettings(site.id(), false));
    }

    public void letStudentsEdit(Viewer viewer, ClassSite site, boolean allowed) {
        access.requireAuthor(viewer, site);
        WikiSettings settings = em.find(WikiSettings.class, site.id());
        if (settings == null) {
            em.persist(new WikiSettings(site.id(), allowed));
        } else {
            settings.letStudentsEdit(allowed);
        }
        changes.touched(site.id());
    }

    public boolean canEdit(Viewer viewer, ClassSite site) {
        return access.canAuthor(viewer, site) || studentMayEdit(viewer, site);
    }

    /** What the editor opens with: the live text (or the teacher's held draft) and the revision it is based on. */
    public EditorSource editorSource(Viewer viewer, ClassSite site, Long itemId) {
        boolean teacher = access.canAuthor(viewer, site);
        ContentItem item = pages.item(site, itemId);
        WikiPage page = pages.page(item.id());
        if (!teacher) {
            requireStudentMayEdit(viewer, site, page);
        }
        String live = item.liveRevisionId() == null ? null : pages.markdownOf(item.liveRevisionId());
        boolean heldDraft = teacher && (live == null || !live.equals(item.draftBody()));
        String title = heldDraft || item.liveRevisionId() == null ? item.draftTitle()
                : em.find(Revision.class, item.liveRevisionId()).title();
        return new EditorSource(item.id(), item.slug(), title, heldDraft ? item.draftBody() : live,
                item.liveRevisionId(), item.audience(), page.isProtected(), !teacher,
                heldDraft ? item.draftFindings() : null);
    }

    public List<PendingChange> pendingChanges(Viewer viewer, ClassSite site) {
        access.requireAuthor(viewer, site);
        return em.createQuery("select c from PendingChange c where c.siteId = :site and c.status = :pending"
                        + " order by c.createdAt", PendingChange.class)
                .setParameter("site", site.id())
                .setParameter("pending", PendingChange.Status.PENDING)
                .getResultList();
    }

    private List<PendingChange> pendingFor(ContentItem item) {
        return em.createQuery("select c from PendingChange c where c.itemId = :item and c.status = :pending",
                        PendingChange.class)
                .setParameter("item", item.id())
                .setParameter("pending", PendingChange.Status.PENDING)
                .getResultList();
    }

    /** A student's own proposals, with the teachers' decisions. */
    public List<PendingChange> myChanges(Viewer viewer, ClassSite site) {
        return em.createQuery("select c from PendingChange c where c.siteId = :site and c.authorId = :me"
                        + " order by c.createdAt desc", PendingChange.class)
                .setParameter("site", site.id())
                .setParameter("me", viewer.required().id())
                .getResultList();
    }

    public PendingChange pendingChange(Viewer viewer, Long changeId) {
        PendingChange change = changeId == null ? null : em.find(PendingChange.class, changeId);
        if (change == null) {
            throw new NotFoundException("No such change.");
        }
        ClassSite site = directory.site(change.siteId()).orElseThrow();
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No such change.");
        }
        return change;
    }

    /** The pending change against the page as it is now (empty for a new page). */
    public List<RevisionDiff.Line> diffAgainstLive(Viewer viewer, Long changeId) {
        PendingChange change = pendingChange(viewer, changeId);
        ContentItem item = em.find(ContentItem.class, change.itemId());
        String live = item.liveRevisionId() == null ? "" : pages.markdownOf(item.liveRevisionId());
        return RevisionDiff.between(live, change.markdown());
    }

    public List<HistoryEntry> history(Viewer viewer, Long itemId) {
        ContentItem item = teacherItem(viewer, itemId);
        return pages.history(item.id());
    }

    public List<RevisionDiff.Line> diff(Viewer viewer, Long itemId, Long fromRevisionId, Long toRevisionId) {
        ContentItem item = teacherItem(viewer, itemId);
        return RevisionDiff.between(revisionText(item, fromRevisionId), revisionText(item, toRevisionId));
    }

    private String revisionText(ContentItem item, Long revisionId) {
        if (revisionId == null) {
            return "";
        }
        Revision revision = em.find(Revision.class, revisionId);
        if (revision == null || !revision.itemId().equals(item.id())) {
            throw new NotFoundException("No such revision of this page.");
        }
        return pages.markdownOf(revisionId);
    }

    private ContentItem teacherItem(Viewer viewer, Long itemId) {
        ContentItem item = itemId == null ? null : em.find(ContentItem.class, itemId);
        if (item == null || item.kind() != ItemKind.WIKI_PAGE) {
            throw new NotFoundException("No such wiki page.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No such wiki page.");
        }
        return item;
    }

    private EditResult propose(ClassSite site, ContentItem item, Account student, WikiEditForm.Validated input,
                               Merged merged) {
        PendingChange change = new PendingChange(site.id(), item.id(), student.id(), item.liveRevisionId(),
                input.title(), merged.markdown(), input.summary());
        GateDecision decision = gate.review(submission(site, item, student, input.title(), merged.markdown()));
        change.recordReview(decision.verdict(), FindingsJson.write(decision.findings()));
        em.persist(change);
        em.flush();
        notices.editWaiting(site, student, input.title().value());
        return new EditResult(EditResult.Outcome.AWAITING_APPROVAL, item.id(), null, change.id(), decision,
                merged.mergedWith());
    }

    private PublishOutcome<Revision> publishEdit(ClassSite site, ContentItem item, WikiPage page, Account author,
                                                 Long approverId, PageTitle title, String markdown, String summary,
                                                 Audience readers, Acknowledgement ack) {
        WikiMarkdown.Rendered rendered = WikiMarkdown.render(markdown, pages.addresses(site));
        PublishOutcome<Revision> outcome = gate.publish(
                new Submission(ContentKind.WIKI_PAGE, site, author, title.value(), rendered.html(), readers,
                        item.id()),
                ack, new WikiRevisionStep(site, item, page, author, approverId, title, markdown, summary, readers,
                        rendered.linkedTitleKeys()));
        if (outcome.published()) {
            changes.touched(site.id());
        }
        return outcome;
    }

    private Submission submission(ClassSite site, ContentItem item, Account author, PageTitle title, String markdown) {
        return new Submission(ContentKind.WIKI_PAGE, site, author, title.value(),
                WikiMarkdown.render(markdown, pages.addresses(site)).html(), item.audience(), item.id());
    }

    private static EditResult result(PublishOutcome<Revision> outcome, Long itemId, Long changeId,
                                     List<String> mergedWith) {
        EditResult.Outcome how = outcome.published() ? EditResult.Outcome.PUBLISHED
                : outcome.needsAcknowledgement() ? EditResult.Outcome.NEEDS_ACKNOWLEDGEMENT : EditResult.Outcome.HELD;
        return new EditResult(how, itemId, outcome.published() ? outcome.result().id() : null, changeId,
                outcome.decision(), mergedWith);
    }

    private record Merged(String markdown, List<String> mergedWith) { }

    /** The edit as it can be saved now: unchanged, merged with edits made since its base, or refused. */
    private Merged mergeWithLive(ContentItem item, Long baseRevisionId, String yours) {
        if (item == null || item.liveRevisionId() == null || Objects.equals(item.liveRevisionId(), baseRevisionId)) {
            return new Merged(yours, List.of());
        }
        String theirs = pages.markdownOf(item.liveRevisionId());
        String base = baseRevisionId == null ? "" : pages.markdownOf(baseRevisionId);
        List<String> others = editorsSince(item, baseRevisionId);
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, theirs, yours);
        if (!merged.clean()) {
            throw new WikiConflictException(String.join(" and ", others), theirs, yours, item.liveRevisionId());
        }
        return new Merged(merged.text(), others);
    }

    private List<String> editorsSince(ContentItem item, Long baseRevisionId) {
        Revision base = baseRevisionId == null ? null : em.find(Revision.class, baseRevisionId);
        if (baseRevisionId != null && (base == null || !base.itemId().equals(item.id()))) {
            throw InvalidInputException.of("baseRevisionId", "The editor was opened on another page; open it again.");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Revision r : em.createQuery("select r from Revision r where r.itemId = :item and r.number > :after"
                        + " order by r.number", Revision.class)
                .setParameter("item", item.id())
                .setParameter("after", base == null ? 0 : base.number())
                .getResultList()) {
            names.add(em.find(Account.class, r.authorId()).displayName());
        }
        return new ArrayList<>(names);
    }

    private void requireTitleFree(ClassSite site, PageTitle title, ContentItem item) {
        Optional<WikiPage> holder = pages.byTitleKey(site, title.key());
        if (holder.isPresent() && (item == null || !holder.get().itemId().equals(item.id()))) {
            throw InvalidInputException.of("title", "This wiki already has a page called “" + holder.get().title()
                    + "”. Edit that page, or choose another title.");
        }
    }

    private boolean studentMayEdit(Viewer viewer, ClassSite site) {
        return viewer.has(Role.STUDENT) && directory.isStudentOf(viewer.id(), site.id())
                && settings(site).studentsMayEdit();
    }

    private void requireStudentMayEdit(Viewer viewer, ClassSite site, WikiPage page) {
        if (!studentMayEdit(viewer, site)) {
            throw new NotAllowedException("Only the class's teachers can edit this wiki.");
        }
        if (page != null && page.isProtected()) {
            throw new NotAllowedException("Your teacher has protected this page; only teachers can edit it.");
        }
    }

    private ContentItem newPage(Account author, ClassSite site, PageTitle title) {
        ContentItem item = new ContentItem(ItemKind.WIKI_PAGE, site.id(), author.id(), pages.freeSlug(site, title, null),
                site.defaultAudience());
        item.editDraft(title.value(), "", item.draftTags(), item.audience());
        em.persist(item);
        em.flush();
        em.persist(new WikiPage(item.id(), site.id(), title));
        em.flush();
        return item;
    }

    /** Stores a wiki revision with its Markdown and summary, renames the page if its title changed. */
    private final class WikiRevisionStep implements PublishStep<Revision> {
        private final ClassSite site;
        private final ContentItem item;
        private final WikiPage page;
        private final Account author;
        private final Long approverId;
        private final PageTitle title;
        private final String markdown;
        private final String summary;
        private final Audience readers;
        private final Set<String> links;

        WikiRevisionStep(ClassSite site, ContentItem item, WikiPage page, Account author, Long approverId,
                         PageTitle title, String markdown, String summary, Audience readers, Set<String> links) {
            this.site = site;
            this.item = item;
            this.page = page;
            this.author = author;
            this.approverId = approverId;
            this.title = title;
            this.markdown = markdown;
            this.summary = summary;
            this.readers = readers;
            this.links = links;
        }

        @Override
        public Revision persist(String sanitisedHtml, GateDecision decision) {
            Revision revision = revisions.append(item, title.value(), sanitisedHtml, item.draftTags(), readers,
                    author.id(), decision.verdict());
            em.persist(new WikiEdit(revision.id(), item.id(), markdown, summary, approverId));
            if (item.liveRevisionId() != null && !page.titleKey().equals(title.key())) {
                em.persist(new WikiRedirect(site.id(), page.titleKey(), item.slug(), item.id()));
                item.moveTo(pages.freeSlug(site, title, item.id()));
            }
            item.goLive(revision);
            page.retitle(title);
            pages.forgetRedirectsTo(site, title.key(), item.slug());
            page.showText(Jsoup.parseBodyFragment(sanitisedHtml).text());
            pages.replaceLinks(site, item.id(), links);
            em.flush();
            return revision;
        }

        @Override
        public Long revisionId(Revision result) {
            return result.id();
        }
    }
}
