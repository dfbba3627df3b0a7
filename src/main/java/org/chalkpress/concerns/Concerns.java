package org.chalkpress.concerns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.Clock;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/**
 * Reports of concern: anyone who can see a published page or comment may report it; communications staff
 * and district administrators work the queue — hide pending review, restore, or remove with a reason. Each
 * decision is announced as {@link ConcernOutcome} to the feature that owns the target, and audited.
 */
@ApplicationScoped
@Transactional
public class Concerns {

    static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    Instance<ConcernTargets> targetFinders;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    ReportThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConcernOutcome> outcomes;

    /** Too many reports from one address or person in the last hour. */
    public static class TooManyReportsException extends RuntimeException {
        public TooManyReportsException() {
            super("You have sent several reports in the last hour. Please wait a while before sending another;"
                    + " the reports you sent are with our communications staff.");
        }
    }

    /** All open reports about one target, with the target as staff see it. */
    public record QueueEntry(ConcernTarget target, String siteTitle, List<Concern> concerns) {

        public boolean hidden() {
            return concerns.stream().anyMatch(c -> c.state() == ConcernState.HIDDEN);
        }
    }

    /** The target if this viewer can see it on its page now; what they cannot see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConcernTarget> visibleTarget(Viewer viewer, ContentKind kind, long id) {
        return find(kind, id).filter(ConcernTarget::shown).filter(t -> {
            ClassSite site = directory.site(t.siteId()).orElse(null);
            return site != null && access.canRead(viewer, site, t.audience());
        });
    }

    /**
     * Files a report. A clause or a written reason is needed (or both).
     *
     * @param address the reporter's network address, for the rate limit only; it is not stored
     */
    public Concern report(Viewer viewer, String address, ContentKind kind, long id, String clauseCode, String reason) {
        ConcernTarget target = visibleTarget(viewer, kind, id)
                .orElseThrow(() -> new NotFoundException("There is nothing here to report."));
        ClauseId clause = clauseCode == null || clauseCode.isBlank() ? null : ClauseId.fromCode(clauseCode);
        String why = reason == null ? "" : reason.strip();
        if (clause == null && why.isEmpty()) {
            throw InvalidInputException.of("reason",
                    "Choose what the problem is, or describe it in a few words, so that staff know what to look at.");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "Please keep the description under " + MAX_REASON
                    + " characters (it has " + why.length() + ").");
        }
        if (!throttle.allow(viewer.id(), address, Clock.now().toInstant())) {
            throw new TooManyReportsException();
        }
        Concern concern = new Concern(target, clause, why.isEmpty() ? null : why, viewer.id());
        em.persist(concern);
        audit.recordOnTarget(viewer.account().orElse(null), "anonymous visitor", AuditAction.CONCERN_REPORTED,
                target.siteId(), kind.name(), target.id(),
                (clause == null ? "" : clause.code() + ": ") + (why.isEmpty() ? "" : why));
        return concern;
    }

    /** Open reports grouped by what they are about, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> queue(Viewer viewer) {
        requireStaff(viewer);
        Map<String, List<Concern>> byTarget = new LinkedHashMap<>();
        em.createQuery("select c from Concern c where c.state in :open order by c.reportedAt, c.id", Concern.class)
                .setParameter("open", List.of(ConcernState.OPEN, ConcernState.HIDDEN))
                .getResultStream()
                .forEach(c -> byTarget.computeIfAbsent(c.targetKind() + ":" + c.targetId(), k -> new ArrayList<>())
                        .add(c));
        List<QueueEntry> entries = new ArrayList<>();
        for (List<Concern> concerns : byTarget.values()) {
            Concern first = concerns.get(0);
            find(first.targetKind(), first.targetId()).ifPresent(t -> entries.add(new QueueEntry(t,
                    directory.site(t.siteId()).map(ClassSite::title).orElse(""), List.copyOf(concerns))));
        }
        return entries;
    }

    /** Takes the target off every page at once while staff look into it. */
    public void hide(Viewer viewer, ContentKind kind, long id) {
        decide(viewer, kind, id, ConcernOutcome.Action.HIDDEN, ConcernState.HIDDEN, null);
    }

    /** Puts it back and closes its reports. */
    public void restore(Viewer viewer, ContentKind kind, long id, String reason) {
        decide(viewer, kind, id, ConcernOutcome.Action.RESTORED, ConcernState.RESTORED, reason);
    }

    /** Takes it off for good (kept for the record) and closes its reports; the author is told why. */
    public void remove(Viewer viewer, ContentKind kind, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why it is removed: the author is told.");
        }
        decide(viewer, kind, id, ConcernOutcome.Action.REMOVED, ConcernState.REMOVED, reason);
    }

    private void decide(Viewer viewer, ContentKind kind, long id, ConcernOutcome.Action action, ConcernState state,
                        String reason) {
        Account staff = requireStaff(viewer);
        ConcernTarget target = find(kind, id).orElseThrow(() -> new NotFoundException("Nothing to decide on."));
        List<Concern> open = em.createQuery("select c from Concern c where c.targetKind = :kind"
                        + " and c.targetId = :id and c.state in :open", Concern.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setParameter("open", List.of(ConcernState.OPEN, ConcernState.HIDDEN))
                .getResultList();
        open.forEach(c -> c.decide(state, staff.id(), reason));
        outcomes.fire(new ConcernOutcome(kind, id, action, reason, staff.id()));
        AuditAction audited = switch (action) {
            case HIDDEN -> AuditAction.CONCERN_HIDDEN;
            case RESTORED -> AuditAction.CONCERN_RESTORED;
            case REMOVED -> AuditAction.CONCERN_REMOVED;
        };
        audit.recordOnTarget(staff, null, audited, target.siteId(), kind.name(), id,
                reason == null || reason.isBlank() ? open.size() + " report(s)" : reason.strip());
    }

    private Account requireStaff(Viewer viewer) {
        if (!viewer.isCommunications()) {
            throw new NotAllowedException("Only communications staff and district administrators work the"
                    + " concern queue.");
        }
        return viewer.required();
    }

    private Optional<ConcernTarget> find(ContentKind kind, long id) {
        for (ConcernTargets finder : targetFinders) {
            if (finder.handles(kind)) {
                return finder.find(kind, id);
            }
        }
        return Optional.empty();
    }
}
