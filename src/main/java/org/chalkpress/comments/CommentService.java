package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.content.ContentItem;
import org.chalkpress.notify.Notice;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishGate;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.publishing.PublishedPages;
import org.chalkpress.publishing.Submission;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteChanges;
import org.chalkpress.sites.SiteDirectory;

/**
 * Comments on a class's pages (clause MICROBLOG): every comment passes the publish gate; students' comments
 * (and parents', where the site asks) wait for a teacher, who approves, edits (recorded) or rejects with a
 * reason. A comment is visible exactly to the readers of its page.
 */
@ApplicationScoped
@Transactional
public class CommentService {

    static final String DECISION_TOPIC = "comment-decision";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    PublishGate gate;

    @Inject
    AuditLog audit;

    @Inject
    SiteChanges changes;

    @Inject
    CommentLimits limits;

    @Inject
    Event<Notice> notices;

    // ---- writing a comment

    /** Sends a comment on a page: on the page, in the teacher's queue, or kept as the author's draft. */
    public CommentResult submit(Viewer viewer, Long itemId, String rawText) {
        Account author = viewer.required();
        ContentItem item = readableItem(viewer, itemId);
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        CommentSettings settings = settings(site.id());
        requireMayComment(viewer, site, settings);
        CommentText text = new CommentText(rawText);
        Comment comment = draftOf(author.id(), item.id()).orElse(null);
        if (comment == null) {
            comment = new Comment(site.id(), item.id(), author.id(), text);
            em.persist(comment);
        } else {
            comment.rewrite(text);
        }
        em.flush();
        changes.touched(site.id());
        Optional<String> refused = refusal(author, item, settings, text);
        if (refused.isPresent()) {
            comment.recordReview(null, null);
            comment.hold(refused.get());
            return new CommentResult(CommentResult.Outcome.HELD, comment.id(), List.of(refused.get()));
        }
        boolean student = author.role() == Role.STUDENT;
        Comment target = comment;
        // Students do not acknowledge warnings: they fix them. Others' warned comments go to the teacher.
        PublishOutcome<Comment> outcome = gate.publish(
                new Submission(ContentKind.COMMENT, site, author, "", text.html(), item.audience(), item.id()),
                student ? Acknowledgement.NONE : Acknowledgement.WARNINGS,
                (html, decision) -> {
                    target.accept(html, needsModeration(viewer, site, settings, text, decision));
                    return target;
                });
        GateDecision decision = outcome.decision();
        comment.recordReview(decision.verdict(), FindingsJson.write(decision.findings()));
        if (!outcome.published()) {
            comment.hold(null);
            return new CommentResult(CommentResult.Outcome.HELD, comment.id(), StudentWording.of(decision.findings()));
        }
        record(author, AuditAction.COMMENT_SUBMITTED, comment, decision.verdict(), decision.findings(),
                comment.status() == CommentStatus.PENDING ? "Waiting for moderation" : "On the page");
        return new CommentResult(comment.status() == CommentStatus.PENDING
                ? CommentResult.Outcome.AWAITING_MODERATION : CommentResult.Outcome.PUBLISHED, comment.id(), List.of());
    }

    /** Where the page of a comment thread is read (to send the writer back to it); 404 as for reading. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String pageAddress(Viewer viewer, Long itemId) {
        ContentItem item = readableItem(viewer, itemId);
        return PublishedPages.url(directory.site(item.siteId()).orElseThrow().slug(), item.kind(), item.slug());
    }

    /** Why this comment may not go ahead at all (before the gate), in the author's words. */
    private Optional<String> refusal(Account author, ContentItem item, CommentSettings settings, CommentText text) {
        OffsetDateTime now = Clock.now();
        if (settings.closedFor(item.firstPublishedAt(), now)) {
            return Optional.of("Comments on this page are closed.");
        }
        if (author.role() == Role.STUDENT && !settings.linksInStudentComments() && text.linkCount() > 0) {
            return Optional.of("Links are not allowed in comments on this class site — please take the link out.");
        }
        CommentThrottle throttle = limits.throttle();
        List<CommentThrottle.Sent> recent = em.createQuery("select c from Comment c where c.authorId = :author"
                        + " and c.status <> :draft and c.submittedAt > :since", Comment.class)
                .setParameter("author", author.id())
                .setParameter("draft", CommentStatus.DRAFT)
                .setParameter("since", throttle.lookBackFrom(now))
                .getResultStream()
                .map(c -> new CommentThrottle.Sent(c.submittedAt(), new CommentText(c.text()).normalised()))
                .toList();
        return throttle.check(recent, text, now);
    }

    private boolean needsModeration(Viewer viewer, ClassSite site, CommentSettings settings, CommentText text,
                                    GateDecision decision) {
        if (text.linkCount() > limits.linksBeforeModeration()) {
            return true;
        }
        if (access.canAuthor(viewer, site)) {
            return false;
        }
        Account author = viewer.required();
        return author.role() != Role.PARENT || settings.parentsNeedApproval() || decision.verdict() != Verdict.PASS;
    }

    /** May this viewer write comments on this site's pages? */
    public boolean mayComment(Viewer viewer, ClassSite site, CommentSettings settings) {
        if (!viewer.signedIn()) {
            return false;
        }
        if (access.canAuthor(viewer, site)) {
            return true;
        }
        Account account = viewer.required();
        return switch (account.role()) {
            case STUDENT -> settings.whoMayComment().students() && directory.isStudentOf(account.id(), site.id());
            case PARENT -> settings.whoMayComment().parents() && directory.isParentIn(account.id(), site.id());
            default -> false;
        };
    }

    private void requireMayComment(Viewer viewer, ClassSite site, CommentSettings settings) {
        if (!mayComment(viewer, site, settings)) {
            throw new NotAllowedException(settings.whoMayComment() == WhoMayComment.NOBODY
                    ? "Comments are turned off on " + site.title() + "."
                    : "Only members of " + site.title() + " can comment on its pages.");
        }
    }

    // ---- reading

    /** The comments on a page for this viewer, with their draft and whether they may write. */
    public CommentThread thread(Viewer viewer, ClassSite site, Long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || !item.isLive() || !access.canRead(viewer, site, item.audience())) {
            return new CommentThread(itemId, List.of(), false, null, null, List.of(), true, 0, null);
        }
        CommentSettings settings = settings(site.id());
        Long me = viewer.id();
        List<CommentView> views = new ArrayList<>();
        Set<Long> edited = new HashSet<>(em.createQuery("select distinct e.commentId from CommentEdit e,"
                        + " Comment c where c.id = e.commentId and c.itemId = :item", Long.class)
                .setParameter("item", itemId).getResultList());
        for (Object[] row : em.createQuery("select c, a from Comment c, Account a where a.id = c.authorId"
                        + " and c.itemId = :item and (c.status = :approved or (c.authorId = :me and c.status in"
                        + " (:pending, :rejected))) order by c.submittedAt, c.id", Object[].class)
                .setParameter("item", itemId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setParameter("me", me == null ? -1L : me)
                .setParameter("pending", CommentStatus.PENDING)
                .setParameter("rejected", CommentStatus.REJECTED)
                .getResultList()) {
            Comment c = (Comment) row[0];
            views.add(new CommentView(c.id(), authorName((Account) row[1]), c.html(), c.submittedAt(), c.status(),
                    c.authorId().equals(me), c.reason(), edited.contains(c.id())));
        }
        boolean may = mayComment(viewer, site, settings);
        String closed = settings.closedFor(item.firstPublishedAt(), Clock.now()) ? "Comments on this page are closed."
                : null;
        String draftText = null;
        List<String> feedback = List.of();
        if (me != null) {
            Optional<Comment> draft = draftOf(me, itemId);
            if (draft.isPresent()) {
                draftText = draft.get().text();
                feedback = draft.get().heldBecause() != null ? List.of(draft.get().heldBecause())
                        : StudentWording.of(FindingsJson.read(draft.get().findings()));
            }
        }
        boolean teacher = access.canAuthor(viewer, site);
        int waiting = teacher ? waitingOn(itemId) : 0;
        boolean moderated = viewer.signedIn() && !teacher
                && (viewer.has(Role.STUDENT) || settings.parentsNeedApproval());
        return new CommentThread(itemId, views, may && closed == null, closed, draftText, feedback, moderated,
                waiting, teacher ? "/teach/moderation?site=" + site.slug() : null);
    }

    /** How a commenter is named on the page: staff in full, students and parents by first name and initial. */
    public static String authorName(Account account) {
        if (account.role().isStaff()) {
            return account.displayName();
        }
        String given = account.givenName() == null || account.givenName().isBlank() ? account.displayName()
                : account.givenName();
        String family = account.familyName();
        String name = family == null || family.isBlank() ? given : given + " " + family.charAt(0) + ".";
        return account.role() == Role.PARENT ? name + " (parent)" : name;
    }

    private int waitingOn(Long itemId) {
        return em.createQuery("select count(c) from Comment c where c.itemId = :item and c.status = :pending",
                        Long.class)
                .setParameter("item", itemId)
                .setParameter("pending", CommentStatus.PENDING)
                .getSingleResult().intValue();
    }

    /** A person's own comments, newest first, with the teacher's decisions (the "my comments" page). */
    public List<ModerationEntry> mine(Viewer viewer) {
        Account me = viewer.required();
        List<ModerationEntry> out = new ArrayList<>();
        for (Object[] row : em.createQuery("select c, i, r.title, s from Comment c, ContentItem i, Revision r,"
                        + " ClassSite s where c.authorId = :me and i.id = c.itemId and r.id = i.liveRevisionId"
                        + " and s.id = c.siteId order by c.submittedAt desc, c.id desc", Object[].class)
                .setParameter("me", me.id())
                .setMaxResults(500)
                .getResultList()) {
            out.add(entry((Comment) row[0], me, (ContentItem) row[1], (String) row[2], (ClassSite) row[3]));
        }
        return out;
    }

    // ---- moderation

    /** The teacher's queue: comments on the sites they teach, filtered. */
    public List<ModerationEntry> queue(Viewer viewer, ModerationFilter filter) {
        List<ClassSite> sites = moderatedSites(viewer);
        List<Long> siteIds = sites.stream()
                .filter(s -> filter.siteSlug() == null || s.slug().equals(filter.siteSlug()))
                .map(ClassSite::id).toList();
        if (siteIds.isEmpty()) {
            return List.of();
        }
        List<ModerationEntry> out = new ArrayList<>();
        for (Object[] row : em.createQuery("select c, a, i, r.title, s from Comment c, Account a, ContentItem i,"
                        + " Revision r, ClassSite s where a.id = c.authorId and i.id = c.itemId"
                        + " and r.id = i.liveRevisionId and s.id = c.siteId and c.siteId in :sites"
                        + " and c.status = :status order by c.submittedAt, c.id", Object[].class)
                .setParameter("sites", siteIds)
                .setParameter("status", filter.status())
                .setMaxResults(1000)
                .getResultList()) {
            ModerationEntry entry = entry((Comment) row[0], (Account) row[1], (ContentItem) row[2], (String) row[3],
                    (ClassSite) row[4]);
            if (filter.accepts(entry)) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The sites whose comments this viewer moderates: a teacher's own classes, every site for communications. */
    public List<ClassSite> moderatedSites(Viewer viewer) {
        Account account = viewer.required();
        if (account.role().isCommunications()) {
            return directory.sites();
        }
        if (account.role() != Role.TEACHER) {
            return List.of();
        }
        return directory.sitesOf(account);
    }

    private ModerationEntry entry(Comment c, Account author, ContentItem item, String pageTitle, ClassSite site) {
        List<CommentEdit> edits = em.createQuery("select e from CommentEdit e where e.commentId = :c order by e.id",
                        CommentEdit.class)
                .setParameter("c", c.id()).getResultList();
        return new ModerationEntry(c.id(), c.status(), c.text(), c.html(), author.displayName(), author.role(),
                site.slug(), site.title(), pageTitle, PublishedPages.url(site.slug(), item.kind(), item.slug()),
                c.submittedAt(), FindingsJson.read(c.findings()), c.reason(), c.heldBecause(),
                edits.isEmpty() ? null : edits.get(0).originalText());
    }

    public void approve(Viewer viewer, Long commentId) {
        Account teacher = viewer.required();
        Comment comment = moderated(viewer, commentId);
        comment.approve(teacher.id());
        record(teacher, AuditAction.COMMENT_APPROVED, comment, comment.verdict(), List.of(), null);
        changes.touched(comment.siteId());
        tell(comment, teacher, "Your comment is on the page",
                "Your teacher approved your comment. Everyone who reads the page can now see it.");
    }

    public void reject(Viewer viewer, Long commentId, String reason) {
        Account teacher = viewer.required();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give a reason: the student sees it and can write a better comment.");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidInputException.of("reason", "Keep the reason under 1000 characters.");
        }
        Comment comment = moderated(viewer, commentId);
        comment.reject(teacher.id(), reason.strip());
        record(teacher, AuditAction.COMMENT_REJECTED, comment, comment.verdict(), List.of(), reason.strip());
        changes.touched(comment.siteId());
        tell(comment, teacher, "Your comment was not approved", "Your teacher did not approve your comment: "
                + reason.strip() + "\n\nWhat you wrote:\n" + comment.text());
    }

    /** Approves (or rejects) each comment; one reason for all rejections. Returns how many were decided. */
    public int approveAll(Viewer viewer, List<Long> commentIds) {
        commentIds.forEach(id -> approve(viewer, id));
        return commentIds.size();
    }

    public int rejectAll(Viewer viewer, List<Long> commentIds, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give a reason: the students see it and can write better comments.");
        }
        commentIds.forEach(id -> reject(viewer, id, reason));
        return commentIds.size();
    }

    /**
     * A teacher's edit of a comment, through the gate again as the author's words. A pending comment is
     * approved with the edit; the original and the edit are both kept. Held (nothing changed) when the gate blocks.
     */
    public EditOutcome edit(Viewer viewer, Long commentId, String newText) {
        Account teacher = viewer.required();
        Comment comment = moderated(viewer, commentId);
        CommentText text = new CommentText(newText);
        ClassSite site = directory.site(comment.siteId()).orElseThrow();
        ContentItem item = em.find(ContentItem.class, comment.itemId());
        Account author = em.find(Account.class, comment.authorId());
        String original = comment.text();
        boolean wasPending = comment.status() == CommentStatus.PENDING;
        PublishOutcome<Comment> outcome = gate.publish(
                new Submission(ContentKind.COMMENT, site, author, "", text.html(), item.audience(), item.id()),
                Acknowledgement.WARNINGS,
                (html, decision) -> {
                    em.persist(new CommentEdit(comment.id(), original, text.value(), teacher.id()));
                    comment.replaceText(text, html);
                    comment.recordReview(decision.verdict(), FindingsJson.write(decision.findings()));
                    if (wasPending) {
                        comment.approve(teacher.id());
                    }
                    return comment;
                });
        if (!outcome.published()) {
            return new EditOutcome(false, outcome.decision().findings());
        }
        record(teacher, AuditAction.COMMENT_EDITED, comment, outcome.decision().verdict(), outcome.decision().findings(),
                "Was: " + abbreviate(original));
        if (wasPending) {
            record(teacher, AuditAction.COMMENT_APPROVED, comment, outcome.decision().verdict(), List.of(), "With an edit");
        }
        changes.touched(comment.siteId());
        tell(comment, teacher, "Your teacher edited your comment", "Your teacher changed your comment"
                + (wasPending ? " and approved it" : "") + ".\n\nYou wrote:\n" + original + "\n\nIt now reads:\n"
                + text.value());
        return new EditOutcome(true, outcome.decision().findings());
    }

    /** Whether an edit went through, and what the gate found in it. */
    public record EditOutcome(boolean saved, List<Finding> findings) {
        public EditOutcome {
            findings = List.copyOf(findings);
        }
    }

    /** The edits recorded on a comment, oldest first. */
    public List<CommentEdit> edits(Viewer viewer, Long commentId) {
        moderated(viewer, commentId);
        return em.createQuery("select e from CommentEdit e where e.commentId = :c order by e.id", CommentEdit.class)
                .setParameter("c", commentId).getResultList();
    }

    private Comment moderated(Viewer viewer, Long commentId) {
        Comment comment = commentId == null ? null : em.find(Comment.class, commentId);
        if (comment == null) {
            throw new NotFoundException("No such comment.");
        }
        ClassSite site = directory.site(comment.siteId()).orElseThrow();
        if (!access.canAuthor(viewer, site)) {
            throw new NotFoundException("No such comment.");
        }
        return comment;
    }

    // ---- settings

    public CommentSettings settings(Long siteId) {
        return Optional.ofNullable(em.find(CommentSettings.class, siteId))
                .orElseGet(() -> CommentSettings.defaults(siteId));
    }

    public CommentSettings changeSettings(Viewer viewer, ClassSite site, WhoMayComment who, boolean parentsNeedApproval,
                                          boolean linksInStudentComments, int closeAfterDays) {
        access.requireAuthor(viewer, site);
        if (closeAfterDays < 0 || closeAfterDays > 3650) {
            throw InvalidInputException.of("closeAfterDays", "Close comments after 0 (never) to 3650 days.");
        }
        CommentSettings settings = em.find(CommentSettings.class, site.id());
        if (settings == null) {
            settings = new CommentSettings(site.id(), who, parentsNeedApproval, linksInStudentComments, closeAfterDays);
            em.persist(settings);
        } else {
            settings.change(who, parentsNeedApproval, linksInStudentComments, closeAfterDays);
        }
        changes.touched(site.id());
        return settings;
    }

    // ---- reports of concern

    /** A comment hidden, restored or removed after a report of concern. */
    public void concernDecided(Long commentId, org.chalkpress.concerns.ConcernOutcome.Action action, String reason,
                               Long staffId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            return;
        }
        switch (action) {
            case HIDDEN -> comment.hide(staffId, reason);
            case RESTORED -> comment.restore(staffId);
            case REMOVED -> comment.remove(staffId, reason);
        }
        changes.touched(comment.siteId());
        tellAfterConcern(comment, action, reason);
    }

    /** The author hears what happened to their comment after a report, and why. */
    private void tellAfterConcern(Comment comment, org.chalkpress.concerns.ConcernOutcome.Action action,
                                  String reason) {
        ClassSite site = directory.site(comment.siteId()).orElseThrow();
        ContentItem item = em.find(ContentItem.class, comment.itemId());
        String because = reason == null || reason.isBlank() ? "" : " The reason given: " + reason;
        String subject = switch (action) {
            case HIDDEN -> "Your comment is hidden while it is reviewed";
            case RESTORED -> "Your comment is back on the page";
            case REMOVED -> "Your comment was removed";
        };
        notices.fire(new Notice(comment.authorId(), DECISION_TOPIC, subject,
                subject + " (someone reported a concern about it, and district staff looked at it)." + because,
                PublishedPages.url(site.slug(), item.kind(), item.slug()) + "#comment-" + comment.id()));
    }

    // ---- helpers

    private ContentItem readableItem(Viewer viewer, Long itemId) {
        ContentItem item = itemId == null ? null : em.find(ContentItem.class, itemId);
        if (item == null || !item.isLive()) {
            throw new NotFoundException("No such page.");
        }
        ClassSite site = directory.site(item.siteId()).orElseThrow();
        if (!access.canRead(viewer, site, item.audience())) {
            throw new NotFoundException("No such page.");
        }
        return item;
    }

    private Optional<Comment> draftOf(Long authorId, Long itemId) {
        return em.createQuery("select c from Comment c where c.authorId = :author and c.itemId = :item"
                        + " and c.status = :draft order by c.id desc", Comment.class)
                .setParameter("author", authorId)
                .setParameter("item", itemId)
                .setParameter("draft", CommentStatus.DRAFT)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private void record(Account actor, AuditAction action, Comment comment, Verdict verdict, List<Finding> findings,
                        String detail) {
        audit.recordDecision(actor, action, comment.siteId(), ContentKind.COMMENT.name(), comment.id(), null,
                verdict, findings, detail);
    }

    private void tell(Comment comment, Account teacher, String subject, String text) {
        if (comment.authorId().equals(teacher.id())) {
            return;
        }
        ClassSite site = directory.site(comment.siteId()).orElseThrow();
        ContentItem item = em.find(ContentItem.class, comment.itemId());
        notices.fire(new Notice(comment.authorId(), DECISION_TOPIC, subject, text,
                PublishedPages.url(site.slug(), item.kind(), item.slug()) + "#comment-" + comment.id()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
