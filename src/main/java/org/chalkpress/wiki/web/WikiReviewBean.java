package org.chalkpress.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Finding;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.wiki.EditResult;
import org.chalkpress.wiki.PendingChange;
import org.chalkpress.wiki.RevisionDiff;
import org.chalkpress.wiki.WikiConflictException;
import org.chalkpress.wiki.WikiService;

/** Students' proposed wiki edits (teach/wiki-review.xhtml): findings, a diff against the live page, approve or reject. */
@Named
@ViewScoped
public class WikiReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wiki;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    Accounts accounts;

    @Inject
    CurrentViewer currentViewer;

    /** One change as the teacher reviews it. */
    public record Proposal(Long id, String title, String authorName, String summary, String createdAt,
                           List<Finding> findings, List<RevisionDiff.Line> diff) implements Serializable { }

    private String siteSlug;
    private String siteTitle;
    private boolean studentsMayEdit;
    private List<Proposal> proposals = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Boolean> acknowledged = new HashMap<>();

    public void load() throws IOException {
        try {
            ClassSite site = site();
            access.requireAuthor(currentViewer.viewer(), site);
            siteTitle = site.title();
            studentsMayEdit = wiki.settings(site).studentsMayEdit();
            refresh(site);
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
        }
    }

    public void approve(Long changeId) {
        try {
            EditResult result = wiki.approve(currentViewer.viewer(), changeId,
                    Boolean.TRUE.equals(acknowledged.get(changeId)) ? Acknowledgement.WARNINGS : Acknowledgement.NONE);
            if (result.published()) {
                FacesFeedback.info("Approved: " + result.message());
            } else {
                FacesFeedback.error("Not published: " + result.message());
            }
        } catch (WikiConflictException e) {
            FacesFeedback.error("The page changed since this edit was made, on the same lines. Reject it and ask"
                    + " the student to edit the current page.");
        }
        refresh(site());
    }

    public void reject(Long changeId) {
        try {
            wiki.reject(currentViewer.viewer(), changeId, reasons.get(changeId));
            FacesFeedback.info("Rejected. The student sees your reason.");
            refresh(site());
        } catch (InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void toggleStudents() {
        studentsMayEdit = !studentsMayEdit;
        wiki.letStudentsEdit(currentViewer.viewer(), site(), studentsMayEdit);
        FacesFeedback.info(studentsMayEdit ? "Students may now propose edits." : "Only teachers edit this wiki now.");
    }

    private ClassSite site() {
        return directory.site(siteSlug == null ? "" : siteSlug).orElseThrow(() -> new NotFoundException("No such site."));
    }

    private void refresh(ClassSite site) {
        List<Proposal> out = new ArrayList<>();
        for (PendingChange c : wiki.pendingChanges(currentViewer.viewer(), site)) {
            out.add(new Proposal(c.id(), c.title(), accounts.byId(c.authorId()).map(Account::displayName).orElse("?"),
                    c.summary(), c.createdAt().toLocalDate().toString(), FindingsJson.read(c.findings()),
                    wiki.diffAgainstLive(currentViewer.viewer(), c.id())));
        }
        proposals = out;
    }

    public String getSiteSlug() { return siteSlug; }
    public void setSiteSlug(String siteSlug) { this.siteSlug = siteSlug; }
    public String getSiteTitle() { return siteTitle; }
    public boolean isStudentsMayEdit() { return studentsMayEdit; }
    public List<Proposal> getProposals() { return proposals; }
    public Map<Long, String> getReasons() { return reasons; }
    public Map<Long, Boolean> getAcknowledged() { return acknowledged; }
}
