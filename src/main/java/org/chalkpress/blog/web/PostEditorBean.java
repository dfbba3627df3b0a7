package org.chalkpress.blog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.chalkpress.blog.BlogService;
import org.chalkpress.blog.PostForm;
import org.chalkpress.content.ContentItem;
import org.chalkpress.content.ItemStatus;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.publishing.PublishOutcome;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteAccess;
import org.chalkpress.sites.SiteDirectory;

/** The post editor (teach/post-editor.xhtml): write, save, see the gate's findings, publish or schedule. */
@Named
@ViewScoped
public class PostEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlogService blog;

    @Inject
    SiteDirectory directory;

    @Inject
    SiteAccess access;

    @Inject
    CurrentViewer currentViewer;

    private String siteSlug;
    private Long id;
    private String siteTitle;
    private String postSlug;
    private String title;
    private String body;
    private String tags;
    private String audience;
    private ItemStatus status = ItemStatus.DRAFT;
    private String findingsJson;
    private Verdict verdict;
    private boolean warningsAcknowledged;
    private String overrideJustification;
    private LocalDateTime scheduledFor;

    /** Loads the post (or the empty form for a new one) and checks the teacher may write here. */
    public void load() throws IOException {
        try {
            if (id != null) {
                ContentItem item = blog.editable(currentViewer.viewer(), id);
                ClassSite site = directory.site(item.siteId()).orElseThrow();
                siteSlug = site.slug();
                fill(item, site);
            } else {
                ClassSite site = directory.site(siteSlug == null ? "" : siteSlug)
                        .orElseThrow(() -> new NotFoundException("No such class site."));
                access.requireAuthor(currentViewer.viewer(), site);
                siteTitle = site.title();
                audience = site.defaultAudience().code();
            }
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
        }
    }

    public void save() {
        if (store()) {
            FacesFeedback.info(verdict == Verdict.PASS ? "Draft saved." : "Draft saved. See the notes beside the editor before publishing.");
        }
    }

    public String publish() {
        if (!store()) {
            return null;
        }
        PublishOutcome<?> outcome = blog.publish(currentViewer.viewer(), id,
                new Acknowledgement(warningsAcknowledged, overrideJustification));
        refresh();
        if (outcome.published()) {
            FacesFeedback.flash("Published. " + readersLine());
            return "/teach/posts?faces-redirect=true";
        }
        if (outcome.needsAcknowledgement()) {
            FacesFeedback.warn("Please read each warning beside the editor and tick “I have read the warnings” to publish.");
        } else {
            FacesFeedback.error("This post cannot be published yet: " + blocking(outcome.decision())
                    + " problem(s) beside the editor must be fixed first. Your draft is saved.");
        }
        return null;
    }

    public void schedule() {
        if (!store()) {
            return;
        }
        try {
            GateDecision decision = blog.schedule(currentViewer.viewer(), id,
                    scheduledFor == null ? null : scheduledFor.atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                    warningsAcknowledged);
            refresh();
            if (status == ItemStatus.SCHEDULED) {
                FacesFeedback.info("Scheduled for " + scheduledFor + ". It will be checked again when it goes out.");
            } else if (decision.blocked()) {
                FacesFeedback.error("This post cannot be scheduled until the problems beside the editor are fixed.");
            } else {
                FacesFeedback.warn("Please read the warnings and tick “I have read the warnings” to schedule.");
            }
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        }
    }

    public void unpublish() {
        blog.unpublish(currentViewer.viewer(), id);
        refresh();
        FacesFeedback.info("Unpublished. Readers no longer see this post; it and its history are kept.");
    }

    private boolean store() {
        try {
            ContentItem item = blog.saveDraft(currentViewer.viewer(), siteSlug, id,
                    new PostForm(title, body, tags, audience));
            fill(item, directory.site(item.siteId()).orElseThrow());
            return true;
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
            return false;
        }
    }

    private void refresh() {
        ContentItem item = blog.editable(currentViewer.viewer(), id);
        fill(item, directory.site(item.siteId()).orElseThrow());
    }

    private void fill(ContentItem item, ClassSite site) {
        id = item.id();
        siteTitle = site.title();
        postSlug = item.slug();
        title = item.draftTitle();
        body = item.draftBody();
        tags = item.draftTags().asText();
        audience = item.audience().code();
        status = item.status();
        findingsJson = item.draftFindings();
        verdict = item.draftVerdict();
    }

    private static long blocking(GateDecision decision) {
        return decision.findings().stream().filter(f -> f.severity() == org.chalkpress.policy.Severity.BLOCK).count();
    }

    public String readersLine() {
        return "Who will see it: " + Audience.fromCode(audience).describe() + ".";
    }

    public List<Finding> getFindings() {
        return FindingsJson.read(findingsJson);
    }

    /** The saved draft's verdict as the live check names it (pass, warn, block), or empty before a save. */
    public String getVerdictCode() {
        return verdict == null ? "" : verdict.code();
    }

    public boolean isHasWarnings() {
        return verdict == Verdict.WARN;
    }

    public boolean isBlocked() {
        return verdict == Verdict.BLOCK;
    }

    public boolean isLive() {
        return status == ItemStatus.PUBLISHED;
    }

    public boolean isCanOverride() {
        return currentViewer.viewer().isCommunications();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public String getSiteSlug() { return siteSlug; }
    public void setSiteSlug(String siteSlug) { this.siteSlug = siteSlug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSiteTitle() { return siteTitle; }
    public String getPostSlug() { return postSlug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public ItemStatus getStatus() { return status; }
    public boolean isWarningsAcknowledged() { return warningsAcknowledged; }
    public void setWarningsAcknowledged(boolean value) { this.warningsAcknowledged = value; }
    public String getOverrideJustification() { return overrideJustification; }
    public void setOverrideJustification(String value) { this.overrideJustification = value; }
    public LocalDateTime getScheduledFor() { return scheduledFor; }
    public void setScheduledFor(LocalDateTime scheduledFor) { this.scheduledFor = scheduledFor; }
}
