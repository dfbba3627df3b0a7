package org.chalkpress.wiki.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.media.MediaEmbeds;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Verdict;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.publishing.FindingsJson;
import org.chalkpress.publishing.GateDecision;
import org.chalkpress.sites.ClassSite;
import org.chalkpress.sites.SiteDirectory;
import org.chalkpress.wiki.EditResult;
import org.chalkpress.wiki.WikiConflictException;
import org.chalkpress.wiki.WikiEditForm;
import org.chalkpress.wiki.WikiService;
import org.chalkpress.wiki.WikiViews.EditorSource;

/**
 * The wiki editor (teach/wiki-editor.xhtml for teachers, learn/wiki-editor.xhtml for students): Markdown,
 * an edit summary, the policy check's findings, and both versions when someone else's edit clashes.
 */
@Named
@ViewScoped
public class WikiEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wiki;

    @Inject
    SiteDirectory directory;

    @Inject
    CurrentViewer currentViewer;

    @Inject
    MediaEmbeds media;

    private String siteSlug;
    private String newTitle;
    private Long id;
    private String siteTitle;
    private String pageSlug;
    private String title;
    private String markdown;
    private String summary;
    private String audience;
    private Long baseRevisionId;
    private boolean needsApproval;
    private boolean protectedPage;
    private String findingsJson;
    private Verdict verdict;
    private boolean warningsAcknowledged;
    private String previewHtml;
    private String conflictTheirs;
    private String conflictYours;

    public void load() throws IOException {
        try {
            ClassSite site = directory.site(siteSlug == null ? "" : siteSlug)
                    .orElseThrow(() -> new NotFoundException("No such class site."));
            siteTitle = site.title();
            if (id != null) {
                EditorSource source = wiki.editorSource(currentViewer.viewer(), site, id);
                pageSlug = source.slug();
                title = source.title();
                markdown = source.markdown();
                baseRevisionId = source.baseRevisionId();
                audience = source.audience().code();
                needsApproval = source.needsApproval();
                protectedPage = source.isProtected();
                findingsJson = source.draftFindings();
            } else if (!wiki.canEdit(currentViewer.viewer(), site)) {
                throw new NotAllowedException("Not an editor of this wiki.");
            } else {
                title = newTitle;
                audience = site.defaultAudience().code();
                needsApproval = !currentViewer.viewer().required().role().isStaff();
            }
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
        }
    }

    public void save() throws IOException {
        try {
            EditResult result = wiki.save(currentViewer.viewer(), siteSlug, id,
                    new WikiEditForm(title, markdown, summary, baseRevisionId, needsApproval ? null : audience),
                    warningsAcknowledged ? Acknowledgement.WARNINGS : Acknowledgement.NONE);
            conflictTheirs = null;
            conflictYours = null;
            id = result.itemId();
            verdict = result.decision().verdict();
            findingsJson = FindingsJson.write(result.decision().findings());
            switch (result.outcome()) {
                case PUBLISHED -> {
                    FacesFeedback.flash(result.message());
                    ClassSite site = directory.site(siteSlug).orElseThrow();
                    String slug = wiki.editorSource(currentViewer.viewer(), site, id).slug();
                    FacesContext.getCurrentInstance().getExternalContext()
                            .redirect("/sites/" + site.slug() + "/wiki/" + slug);
                }
                case AWAITING_APPROVAL -> FacesFeedback.info(result.message());
                case NEEDS_ACKNOWLEDGEMENT -> FacesFeedback.warn(result.message());
                case HELD -> FacesFeedback.error(result.message());
                default -> throw new IllegalStateException(result.outcome().name());
            }
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (WikiConflictException e) {
            conflictTheirs = e.theirs();
            conflictYours = e.yours();
            baseRevisionId = e.liveRevisionId();
            FacesFeedback.error(e.getMessage());
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    /** Shows the page as it would look and the policy check's findings; saves nothing. */
    public void preview() {
        try {
            GateDecision decision = wiki.check(currentViewer.viewer(), siteSlug, id, title, markdown).decision();
            // Players, credit lines and withdrawn placeholders as readers will see them.
            previewHtml = directory.site(siteSlug == null ? "" : siteSlug)
                    .map(site -> media.present(decision.sanitisedHtml(), site.slug(), site.id()))
                    .orElse(decision.sanitisedHtml());
            verdict = decision.verdict();
            findingsJson = FindingsJson.write(decision.findings());
            FacesFeedback.info(decision.findings().isEmpty() ? "Checked: nothing goes against the policy. Not saved yet."
                    : "Checked: see the notes beside the editor. Not saved yet.");
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void toggleProtection() {
        wiki.protect(currentViewer.viewer(), id, !protectedPage);
        protectedPage = !protectedPage;
        FacesFeedback.info(protectedPage ? "Protected: only teachers can edit this page."
                : "Students may propose edits to this page again (if the wiki lets them).");
    }

    public List<Finding> getFindings() {
        return FindingsJson.read(findingsJson);
    }

    public boolean isHasWarnings() {
        return verdict == Verdict.WARN;
    }

    public boolean isConflict() {
        return conflictTheirs != null;
    }

    public String getSiteSlug() { return siteSlug; }
    public void setSiteSlug(String siteSlug) { this.siteSlug = siteSlug; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSiteTitle() { return siteTitle; }
    public String getPageSlug() { return pageSlug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMarkdown() { return markdown; }
    public void setMarkdown(String markdown) { this.markdown = markdown; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Long getBaseRevisionId() { return baseRevisionId; }
    public void setBaseRevisionId(Long baseRevisionId) { this.baseRevisionId = baseRevisionId; }
    public boolean isNeedsApproval() { return needsApproval; }
    public boolean isProtectedPage() { return protectedPage; }
    public boolean isWarningsAcknowledged() { return warningsAcknowledged; }
    public void setWarningsAcknowledged(boolean value) { this.warningsAcknowledged = value; }
    /** Sanitised by the gate's allow-list, so it is safe to show unescaped. */
    public String getPreviewHtml() { return previewHtml; }
    public String getConflictTheirs() { return conflictTheirs; }
    public String getConflictYours() { return conflictYours; }
}
