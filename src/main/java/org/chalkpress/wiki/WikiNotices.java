package org.chalkpress.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.chalkpress.notify.Notice;
import org.chalkpress.people.Account;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/**
 * Tells the people a student's wiki edit concerns: the site's teachers that an edit waits for them, and the
 * student what the teacher decided. Delivery (e-mail, unsubscribe) belongs to the notification service.
 */
@ApplicationScoped
public class WikiNotices {

    static final String EDIT_WAITING = "wiki-edit-waiting";
    static final String EDIT_DECIDED = "wiki-edit-decision";

    @Inject
    Event<Notice> notices;

    @Inject
    SiteDirectory directory;

    void editWaiting(ClassSite site, Account student, String pageTitle) {
        String subject = student.displayName() + " proposed an edit to “" + pageTitle + "”";
        String text = student.displayName() + " edited the wiki page “" + pageTitle + "” on " + site.title()
                + ". The live page stays as it is until you approve the edit.";
        for (Account teacher : directory.teachersOf(site.id())) {
            notices.fire(new Notice(teacher.id(), EDIT_WAITING, subject, text,
                    "/teach/wiki-review.xhtml?site=" + site.slug()));
        }
    }

    void editApproved(ClassSite site, PendingChange change) {
        notices.fire(new Notice(change.authorId(), EDIT_DECIDED, "Your edit to “" + change.title() + "” is live",
                "Your teacher approved your edit to “" + change.title() + "” on " + site.title() + ".",
                "/learn/wiki-changes.xhtml?site=" + site.slug()));
    }

    void editRejected(ClassSite site, PendingChange change, String reason) {
        notices.fire(new Notice(change.authorId(), EDIT_DECIDED, "Your edit to “" + change.title() + "” needs work",
                "Your teacher did not publish your edit to “" + change.title() + "” on " + site.title()
                        + ". Their reason: " + reason,
                "/learn/wiki-changes.xhtml?site=" + site.slug()));
    }
}
