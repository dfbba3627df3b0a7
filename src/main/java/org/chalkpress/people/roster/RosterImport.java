package org.chalkpress.people.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.people.Account;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.chalkpress.publishing.RosterIndexes;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.Enrollment;
import org.chalkpress.sites.Guardianship;
import org.chalkpress.sites.School;
import org.chalkpress.sites.SiteTeacher;
import org.chalkpress.sites.Slug;

/**
 * Brings a validated OneRoster export into Chalkpress in one transaction: schools, class sites, people and
 * who belongs where. Records are matched by sourcedId, so importing the same files again changes nothing.
 * Any conflict (say, a username already used by someone else) rolls the whole import back with a report.
 */
@ApplicationScoped
public class RosterImport {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RosterIndexes rosterIndexes;

    /** What an import did, for the administrator's summary. */
    public record Summary(int created, int updated, int unchanged, int membershipsAdded, int membershipsRemoved,
                          int skippedAdministrators) {
        public boolean changedNothing() {
            return created == 0 && updated == 0 && membershipsAdded == 0 && membershipsRemoved == 0;
        }
    }

    private final class Tally {
        int created;
        int updated;
        int unchanged;
        int added;
        int removed;
        int skipped;

        void count(boolean isNew, boolean changed) {
            if (isNew) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
    }

    @Transactional
    public Summary apply(Viewer viewer, RosterSnapshot snapshot) {
        if (!viewer.has(Role.DISTRICT_ADMIN)) {
            throw new NotAllowedException("Only a district administrator can import the roster.");
        }
        Tally tally = new Tally();
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, School> schools = new HashMap<>();
        for (RosterOrg org : snapshot.schools()) {
            schools.put(org.sourcedId(), school(org, tally));
        }
        Map<String, Account> people = new HashMap<>();
        for (RosterUser user : snapshot.users()) {
            Role role = roleOf(user.role());
            if (role == null) {
                tally.skipped++;
                continue;
            }
            person(user, role, schools, tally, problems).ifPresent(a -> people.put(user.sourcedId(), a));
        }
        if (!problems.isEmpty()) {
            throw new RosterImportException(new RosterImportReport(problems, 0));
        }
        em.flush();
        for (RosterClass rosterClass : snapshot.classes()) {
            ClassSite site = site(rosterClass, schools.get(rosterClass.schoolSourcedId()), tally);
            syncMembers(site, snapshot, rosterClass.sourcedId(), people, tally);
        }
        for (RosterUser student : snapshot.usersWithRole(RosterRole.STUDENT)) {
            syncGuardians(people.get(student.sourcedId()), snapshot.guardiansOf(student.sourcedId()), people, tally);
        }
        Summary summary = new Summary(tally.created, tally.updated, tally.unchanged, tally.added, tally.removed,
                tally.skipped);
        audit.record(viewer.required(), null, AuditAction.ROSTER_IMPORTED, null, summary.toString());
        rosterIndexes.invalidateAll();
        return summary;
    }

    private static Role roleOf(RosterRole role) {
        return switch (role) {
            case STUDENT -> Role.STUDENT;
            case TEACHER, AIDE -> Role.TEACHER;
            case PARENT, GUARDIAN, RELATIVE -> Role.PARENT;
            // School administrators get their Chalkpress role from the district, not from the SIS.
            case ADMINISTRATOR -> null;
        };
    }

    private School school(RosterOrg org, Tally tally) {
        Optional<School> existing = em.createQuery("select s from School s where s.sourcedId = :id", School.class)
                .setParameter("id", org.sourcedId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            boolean changed = !existing.get().name().equals(org.name());
            existing.get().rename(org.name());
            tally.count(false, changed);
            return existing.get();
        }
        School school = new School(uniqueSlug(Slug.from(org.name()), "School", "s.slug"), org.name());
        school.linkToRoster(org.sourcedId());
        em.persist(school);
        em.flush();
        tally.count(true, true);
        return school;
    }

    private Optional<Account> person(RosterUser user, Role role, Map<String, School> schools, Tally tally,
                                     List<RosterProblem> problems) {
        Long schoolId = user.orgSourcedIds().stream().map(schools::get).filter(Objects::nonNull)
                .map(School::id).findFirst().orElse(null);
        Optional<Account> existing = em.createQuery("select a from Account a where a.sourcedId = :id", Account.class)
                .setParameter("id", user.sourcedId()).getResultStream().findFirst();
        Account account;
        boolean isNew = existing.isEmpty();
        if (isNew) {
            String username = Account.normaliseUsername(user.username());
            boolean taken = em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                    .setParameter("u", username).getSingleResult() > 0;
            if (taken) {
                problems.add(new RosterProblem("users.csv", 0, "username", user.username(), "the username '"
                        + user.username() + "' of " + user.sourcedId() + " already belongs to another Chalkpress"
                        + " account; give this person a different username in your student information system"));
                return Optional.empty();
            }
            account = new Account(username, user.givenName(), user.familyName(), role).linkToRoster(user.sourcedId());
            em.persist(account);
        } else {
            account = existing.get();
        }
        boolean changed = !user.givenName().equals(account.givenName())
                || !user.familyName().equals(account.familyName())
                || !Objects.equals(user.email(), account.email())
                || !Objects.equals(schoolId, account.schoolId())
                || account.role() != role
                || (role == Role.STUDENT && !Objects.equals(user.studentNumber(), account.studentNumber()))
                || account.enabled() != user.enabled();
        if (changed) {
            account.rename(user.givenName(), user.familyName());
            account.withEmail(user.email()).atSchool(schoolId);
            account.changeRole(role);
            if (role == Role.STUDENT) {
                account.withStudentRecord(user.studentNumber(), account.birthDate());
            }
            account.setEnabled(user.enabled());
        }
        tally.count(isNew, changed);
        return Optional.of(account);
    }

    private ClassSite site(RosterClass rosterClass, School school, Tally tally) {
        Optional<ClassSite> existing = em.createQuery("select s from ClassSite s where s.sourcedId = :id",
                ClassSite.class).setParameter("id", rosterClass.sourcedId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            ClassSite site = existing.get();
            boolean changed = !site.title().equals(rosterClass.title())
                    || !Objects.equals(site.classCode(), rosterClass.classCode());
            site.retitle(rosterClass.title());
            site.linkToRoster(rosterClass.sourcedId(), rosterClass.classCode());
            tally.count(false, changed);
            return site;
        }
        String base = rosterClass.classCode() == null ? rosterClass.title() : rosterClass.classCode();
        ClassSite site = new ClassSite(school, uniqueSlug(Slug.from(base), "ClassSite", "s.slug"), rosterClass.title());
        site.linkToRoster(rosterClass.sourcedId(), rosterClass.classCode());
        em.persist(site);
        em.flush();
        tally.count(true, true);
        return site;
    }

    /** The class's teachers and students become exactly those the export lists. */
    private void syncMembers(ClassSite site, RosterSnapshot snapshot, String classId, Map<String, Account> people,
                             Tally tally) {
        Set<Long> teachers = ids(snapshot.members(classId, EnrollmentRole.TEACHER), people);
        Set<Long> students = ids(snapshot.members(classId, EnrollmentRole.STUDENT), people);
        Set<Long> currentTeachers = new HashSet<>(em.createQuery(
                "select t.accountId from SiteTeacher t where t.siteId = :s", Long.class)
                .setParameter("s", site.id()).getResultList());
        Set<Long> currentStudents = new HashSet<>(em.createQuery(
                "select e.studentId from Enrollment e where e.siteId = :s", Long.class)
                .setParameter("s", site.id()).getResultList());
        for (Long id : teachers) {
            if (currentTeachers.add(id)) {
                em.persist(new SiteTeacher(site.id(), id));
                tally.added++;
            }
        }
        for (Long id : students) {
            if (currentStudents.add(id)) {
                em.persist(new Enrollment(site.id(), id));
                tally.added++;
            }
        }
        currentTeachers.removeAll(teachers);
        currentStudents.removeAll(students);
        tally.removed += em.createQuery("delete from SiteTeacher t where t.siteId = :s and t.accountId in :ids")
                .setParameter("s", site.id()).setParameter("ids", nonEmpty(currentTeachers)).executeUpdate();
        tally.removed += em.createQuery("delete from Enrollment e where e.siteId = :s and e.studentId in :ids")
                .setParameter("s", site.id()).setParameter("ids", nonEmpty(currentStudents)).executeUpdate();
    }

    private void syncGuardians(Account student, List<RosterUser> guardians, Map<String, Account> people,
                               Tally tally) {
        if (student == null) {
            return;
        }
        Set<Long> wanted = ids(guardians, people);
        Set<Long> current = new HashSet<>(em.createQuery(
                "select g.parentId from Guardianship g where g.studentId = :s", Long.class)
                .setParameter("s", student.id()).getResultList());
        for (Long parent : wanted) {
            if (current.add(parent)) {
                em.persist(new Guardianship(parent, student.id()));
                tally.added++;
            }
        }
        current.removeAll(wanted);
        tally.removed += em.createQuery("delete from Guardianship g where g.studentId = :s and g.parentId in :ids")
                .setParameter("s", student.id()).setParameter("ids", nonEmpty(current)).executeUpdate();
    }

    private static Set<Long> ids(List<RosterUser> users, Map<String, Account> people) {
        Set<Long> ids = new HashSet<>();
        users.forEach(u -> Optional.ofNullable(people.get(u.sourcedId())).ifPresent(a -> ids.add(a.id())));
        return ids;
    }

    /** JPQL's IN needs at least one value; -1 matches no row. */
    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private Slug uniqueSlug(Slug base, String entity, String field) {
        String candidate = base.value();
        for (int n = 2; em.createQuery("select count(s) from " + entity + " s where " + field + " = :slug", Long.class)
                .setParameter("slug", candidate).getSingleResult() > 0; n++) {
            candidate = base.value() + "-" + n;
        }
        return new Slug(candidate);
    }
}
