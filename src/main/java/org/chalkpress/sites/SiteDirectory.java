package org.chalkpress.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.chalkpress.people.Account;

/** Finds schools, class sites and who belongs to them (teachers, enrolled students, their parents). */
@ApplicationScoped
@jakarta.inject.Named
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteDirectory {

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    public Optional<ClassSite> site(String slug) {
        return em.createQuery("select s from ClassSite s where s.slug = :slug", ClassSite.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<ClassSite> site(Long id) {
        return Optional.ofNullable(em.find(ClassSite.class, id));
    }

    public Optional<School> school(Long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    public Optional<School> school(String slug) {
        return em.createQuery("select s from School s where s.slug = :slug", School.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<School> schools() {
        return em.createQuery("select s from School s order by s.name", School.class).getResultList();
    }

    public List<ClassSite> sites() {
        return em.createQuery("select s from ClassSite s order by s.title", ClassSite.class).getResultList();
    }

    public List<ClassSite> sitesOfSchool(Long schoolId) {
        return em.createQuery("select s from ClassSite s where s.schoolId = :school order by s.title", ClassSite.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    public List<Account> teachersOf(Long siteId) {
        return em.createQuery("select a from Account a where a.id in ("
                        + "select t.accountId from SiteTeacher t where t.siteId = :site) order by a.familyName",
                        Account.class)
                .setParameter("site", siteId).getResultList();
    }

    public List<Account> studentsOf(Long siteId) {
        return em.createQuery("select a from Account a where a.id in ("
                        + "select e.studentId from Enrollment e where e.siteId = :site)"
                        + " order by a.familyName, a.givenName", Account.class)
                .setParameter("site", siteId).getResultList();
    }

    /** The class sites a person belongs to: as teacher, as student, or as the parent of a student. */
    public List<ClassSite> sitesOf(Account account) {
        String membership = switch (account.role()) {
            case TEACHER -> "select t.siteId from SiteTeacher t where t.accountId = :who";
            case STUDENT -> "select e.siteId from Enrollment e where e.studentId = :who";
            case PARENT -> "select e.siteId from Enrollment e, Guardianship g"
                    + " where g.studentId = e.studentId and g.parentId = :who";
            default -> null;
        };
        if (membership == null) {
            return sites();
        }
        return em.createQuery("select s from ClassSite s where s.id in (" + membership + ") order by s.title",
                        ClassSite.class)
                .setParameter("who", account.id()).getResultList();
    }

    public boolean isTeacherOf(Long accountId, Long siteId) {
        return count("select count(t) from SiteTeacher t where t.accountId = :who and t.siteId = :site",
                accountId, siteId) > 0;
    }

    public boolean isStudentOf(Long accountId, Long siteId) {
        return count("select count(e) from Enrollment e where e.studentId = :who and e.siteId = :site",
                accountId, siteId) > 0;
    }

    public boolean isParentIn(Long accountId, Long siteId) {
        return count("select count(e) from Enrollment e, Guardianship g where g.studentId = e.studentId"
                + " and g.parentId = :who and e.siteId = :site", accountId, siteId) > 0;
    }

    public List<Account> childrenOf(Long parentId) {
        return em.createQuery("select a from Account a where a.id in ("
                        + "select g.studentId from Guardianship g where g.parentId = :who) order by a.givenName",
                        Account.class)
                .setParameter("who", parentId).getResultList();
    }

    /** The parents on record for a student (guardianships from the roster or from invitation codes). */
    public List<Account> guardiansOf(long studentId) {
        return em.createQuery("select a from Account a where a.id in (select g.parentId from Guardianship g"
                        + " where g.studentId = :student) order by a.displayName", Account.class)
                .setParameter("student", studentId)
                .getResultList();
    }

    private long count(String jpql, Long accountId, Long siteId) {
        return em.createQuery(jpql, Long.class)
                .setParameter("who", accountId)
                .setParameter("site", siteId)
                .getSingleResult();
    }
}
