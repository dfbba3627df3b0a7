package org.chalkpress.comments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.comments.CommentService;
import org.chalkpress.comments.CommentSettings;
import org.chalkpress.comments.WhoMayComment;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** A class site's comment settings (teach/comment-settings.xhtml), for the class's teachers. */
@Named
@ViewScoped
public class CommentSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommentService comments;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    private String site;
    private String siteTitle;
    private WhoMayComment who;
    private boolean parentsNeedApproval;
    private boolean linksInStudentComments;
    private int closeAfterDays;

    public void load() throws IOException {
        ClassSite found = directory.site(site == null ? "" : site).orElse(null);
        if (found == null || !access.canAuthor(currentViewer.viewer(), found)) {
            FacesFeedback.notFound();
            return;
        }
        siteTitle = found.title();
        CommentSettings settings = comments.settings(found.id());
        who = settings.whoMayComment();
        parentsNeedApproval = settings.parentsNeedApproval();
        linksInStudentComments = settings.linksInStudentComments();
        closeAfterDays = settings.closeAfterDays();
    }

    public void save() {
        try {
            ClassSite found = directory.site(site).orElseThrow();
            comments.changeSettings(currentViewer.viewer(), found, who, parentsNeedApproval, linksInStudentComments,
                    closeAfterDays);
            FacesFeedback.info("Comment settings saved.");
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
    }

    public List<WhoMayComment> getChoices() { return List.of(WhoMayComment.values()); }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getSiteTitle() { return siteTitle; }
    public WhoMayComment getWho() { return who; }
    public void setWho(WhoMayComment who) { this.who = who; }
    public boolean isParentsNeedApproval() { return parentsNeedApproval; }
    public void setParentsNeedApproval(boolean v) { this.parentsNeedApproval = v; }
    public boolean isLinksInStudentComments() { return linksInStudentComments; }
    public void setLinksInStudentComments(boolean v) { this.linksInStudentComments = v; }
    public int getCloseAfterDays() { return closeAfterDays; }
    public void setCloseAfterDays(int closeAfterDays) { this.closeAfterDays = closeAfterDays; }
}
