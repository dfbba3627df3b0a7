package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chalkpress.consent.ConsentChanged;
import org.chalkpress.consent.ConsentRegistry;
import org.chalkpress.people.Account;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * One prepared {@link RosterIndex} per class site, built at the first review on that site and reused. An
 * index is rebuilt when the site's enrollments change (a cheap count-and-sum of the enrolled ids tells),
 * when someone calls {@link #invalidate} (the roster import does, since it may also rename students or
 * change their directory opt-out), when consent changes (whose names may appear on public pages), and in any
 * case after {@link #MAX_AGE}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RosterIndexes {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Entry(long enrolled, long idSum, Instant built, RosterIndex index) { }

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    ConsentRegistry consents;

    private final ConcurrentHashMap<Long, Entry> bySite = new ConcurrentHashMap<>();

    public RosterIndex of(ClassSite site) {
        Object[] signature = em.createQuery("select count(e), sum(e.studentId) from Enrollment e where e.siteId = :site",
                        Object[].class)
                .setParameter("site", site.id())
                .getSingleResult();
        long enrolled = ((Number) signature[0]).longValue();
        long idSum = signature[1] == null ? 0 : ((Number) signature[1]).longValue();
        Entry entry = bySite.get(site.id());
        if (entry != null && entry.enrolled() == enrolled && entry.idSum() == idSum
                && entry.built().plus(MAX_AGE).isAfter(Instant.now())) {
            return entry.index();
        }
        List<Account> students = directory.studentsOf(site.id());
        Set<Long> namedInPublic = consents.namedInPublic(students.stream().map(Account::id).toList());
        List<RosterStudent> roster = students.stream()
                .map(a -> a.asRosterStudent().withNamedInPublic(namedInPublic.contains(a.id()))).toList();
        RosterIndex index = roster.isEmpty() ? RosterIndex.EMPTY : new RosterIndex(roster);
        bySite.put(site.id(), new Entry(enrolled, idSum, Instant.now(), index));
        return index;
    }

    /** Forget one site's index: call after changing its students' names, numbers or opt-outs. */
    public void invalidate(Long siteId) {
        bySite.remove(siteId);
    }

    /** Forget every index, e.g. after a roster import. */
    public void invalidateAll() {
        bySite.clear();
    }

    /** Whose names may appear on public pages comes from the consent registry; any change there counts. */
    void consentChanged(@Observes ConsentChanged change) {
        invalidateAll();
    }
}
