package org.chalkpress.notify.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.notify.MailSettings;
import org.chalkpress.notify.NoticeOutbox;
import org.chalkpress.notify.StoredNotice;
import org.chalkpress.notify.Subscriptions;
import org.chalkpress.people.Account;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;

/** My notifications (account/notifications.xhtml): what I was told, the classes I follow, topics I stopped. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    NoticeOutbox outbox;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SiteDirectory directory;

    @Inject
    MailSettings mail;

    private Long siteToFollow;

    private Account account() {
        return currentViewer.viewer().required();
    }

    public List<StoredNotice> getNotices() {
        return outbox.latestFor(account().id(), SHOWN);
    }

    public List<ClassSite> getFollowed() {
        return subscriptions.followed(account().id());
    }

    /** The classes I belong to (or my children do) that I do not follow yet. */
    public List<ClassSite> getFollowable() {
        List<Long> followed = getFollowed().stream().map(ClassSite::id).toList();
        return directory.sitesOf(account()).stream().filter(s -> !followed.contains(s.id())).toList();
    }

    public List<String> getUnsubscribedTopics() {
        return subscriptions.unsubscribedTopics(account().id());
    }

    public boolean isMailConfigured() {
        return mail.configured();
    }

    public String getEmail() {
        return account().email();
    }

    public void follow() {
        ClassSite site = siteToFollow == null ? null : directory.site(siteToFollow).orElse(null);
        if (site == null) {
            FacesFeedback.error("Choose a class to follow.");
            return;
        }
        try {
            subscriptions.follow(currentViewer.viewer(), site);
            FacesFeedback.info("You will get an e-mail when " + site.title() + " publishes a new post.");
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void unfollow(long siteId) {
        subscriptions.unfollow(account().id(), siteId);
        FacesFeedback.info("You no longer get e-mails about that class's new posts.");
    }

    public void resubscribe(String topic) {
        subscriptions.resubscribe(account().id(), topic);
        FacesFeedback.info("E-mails about that are back on.");
    }

    public Long getSiteToFollow() { return siteToFollow; }
    public void setSiteToFollow(Long siteToFollow) { this.siteToFollow = siteToFollow; }
}
