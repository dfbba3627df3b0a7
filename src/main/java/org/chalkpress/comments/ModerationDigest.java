package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.notify.Notice;
import org.chalkpress.people.Account;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * Tells each teacher, once a day, how many comments wait for them and on which class sites: one notice per
 * teacher, none for a teacher with nothing waiting.
 */
@ApplicationScoped
@Transactional
public class ModerationDigest {

    static final String TOPIC = "moderation-digest";

    @PersistenceContext(unitName = "chalkpress")
    private EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    Event<Notice> notices;

    /** Fires the digests; returns how many teachers were told. */
    public int send() {
        Map<Long, Map<ClassSite, Long>> waitingByTeacher = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select c.siteId, count(c) from Comment c where c.status = :pending"
                        + " group by c.siteId", Object[].class)
                .setParameter("pending", CommentStatus.PENDING)
                .getResultList()) {
            ClassSite site = directory.site((Long) row[0]).orElseThrow();
            for (Account teacher : directory.teachersOf(site.id())) {
                waitingByTeacher.computeIfAbsent(teacher.id(), k -> new LinkedHashMap<>()).put(site, (Long) row[1]);
            }
        }
        waitingByTeacher.forEach((teacherId, sites) -> notices.fire(notice(teacherId, sites)));
        return waitingByTeacher.size();
    }

    private static Notice notice(Long teacherId, Map<ClassSite, Long> sites) {
        long total = sites.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder();
        sites.forEach((site, count) -> text.append(site.title()).append(": ").append(count)
                .append(count == 1 ? " comment waits" : " comments wait").append(" for you.\n"));
        List<String> slugs = sites.keySet().stream().map(ClassSite::slug).toList();
        String link = slugs.size() == 1 ? "/teach/moderation?site=" + slugs.get(0) : "/teach/moderation";
        return new Notice(teacherId, TOPIC, total == 1 ? "1 comment waits for your approval"
                : total + " comments wait for your approval", text.toString(), link);
    }
}
