package org.chalkpress.comments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.comments.CommentService;
import org.chalkpress.comments.CommentStatus;
import org.chalkpress.comments.ModerationEntry;
import org.chalkpress.comments.ModerationFilter;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.Viewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.sites.ClassSite;

/**
 * The moderation queue (teach/moderation.xhtml): comments on the teacher's classes, filtered; approve, reject
 * with a reason, or edit in place, one at a time or in bulk; each comment beside what the policy found in it.
 */
@Named
@ViewScoped
public class ModerationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommentService comments;

    @Inject
    CurrentViewer currentViewer;

    /** A site the teacher can filter by. */
    public record SiteChoice(String slug, String title) implements Serializable { }

    private String site;
    private String status = CommentStatus.PENDING.name();
    private String author;
    private boolean withFindingsOnly;
    private String bulkReason;
    private List<SiteChoice> sites = List.of();
    private List<ModerationEntry> entries = List.of();
    private final Map<Long, Boolean> selected = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> edits = new HashMap<>();

    public void load() throws IOException {
        List<ClassSite> mine = comments.moderatedSites(viewer());
        if (mine.isEmpty() || site != null && !site.isBlank() && mine.stream().noneMatch(s -> s.slug().equals(site))) {
            FacesFeedback.notFound();
            return;
        }
        sites = mine.stream().map(s -> new SiteChoice(s.slug(), s.title())).toList();
        refresh();
    }

    public void search() {
        refresh();
    }

    public void approve(Long id) {
        act(() -> comments.approve(viewer(), id), "Approved. The comment is on the page.");
    }

    public void reject(Long id) {
        act(() -> comments.reject(viewer(), id, reasons.get(id)), "Rejected. The author sees your reason.");
    }

    public void saveEdit(Long id) {
        try {
            CommentService.EditOutcome outcome = comments.edit(viewer(), id, edits.get(id));
            if (outcome.saved()) {
                FacesFeedback.info("Edit saved; the original is kept in the record.");
                refresh();
            } else {
                FacesFeedback.error("The edit was not saved: " + outcome.findings().stream()
                        .filter(f -> f.severity() == org.chalkpress.policy.Severity.BLOCK)
                        .map(f -> f.message()).findFirst().orElse("the policy check stopped it."));
            }
        } catch (InvalidInputException | NotFoundException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    public void approveSelected() {
        List<Long> ids = chosen();
        if (ids.isEmpty()) {
            FacesFeedback.error("Tick the comments to approve first.");
            return;
        }
        act(() -> comments.approveAll(viewer(), ids), "Approved " + ids.size() + (ids.size() == 1 ? " comment." : " comments."));
    }

    public void rejectSelected() {
        List<Long> ids = chosen();
        if (ids.isEmpty()) {
            FacesFeedback.error("Tick the comments to reject first.");
            return;
        }
        act(() -> comments.rejectAll(viewer(), ids, bulkReason), "Rejected " + ids.size()
                + (ids.size() == 1 ? " comment." : " comments.") + " The authors see your reason.");
    }

    public String highlighted(ModerationEntry entry) {
        return HighlightedText.of(entry.html(), entry.findings());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesFeedback.info(done);
            bulkReason = null;
            refresh();
        } catch (InvalidInputException | NotFoundException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    private List<Long> chosen() {
        return entries.stream().map(ModerationEntry::id).filter(id -> Boolean.TRUE.equals(selected.get(id))).toList();
    }

    private void refresh() {
        CommentStatus wanted = status == null || status.isBlank() ? CommentStatus.PENDING : CommentStatus.valueOf(status);
        entries = comments.queue(viewer(), new ModerationFilter(site, wanted, author, withFindingsOnly));
        selected.clear();
        reasons.clear();
        edits.clear();
        entries.forEach(e -> edits.put(e.id(), e.text()));
    }

    private Viewer viewer() {
        return currentViewer.viewer();
    }

    public List<String> getStatuses() {
        return List.of(CommentStatus.PENDING.name(), CommentStatus.APPROVED.name(), CommentStatus.REJECTED.name(),
                CommentStatus.HIDDEN.name(), CommentStatus.REMOVED.name());
    }

    public String statusLabel(String name) {
        return switch (CommentStatus.valueOf(name)) {
            case PENDING -> "Waiting";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case HIDDEN -> "Hidden after a concern";
            case REMOVED -> "Removed after a concern";
            case DRAFT -> "Draft";
        };
    }

    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public boolean isWithFindingsOnly() { return withFindingsOnly; }
    public void setWithFindingsOnly(boolean withFindingsOnly) { this.withFindingsOnly = withFindingsOnly; }
    public String getBulkReason() { return bulkReason; }
    public void setBulkReason(String bulkReason) { this.bulkReason = bulkReason; }
    public List<SiteChoice> getSites() { return sites; }
    public List<ModerationEntry> getEntries() { return entries; }
    public boolean isWaiting() { return CommentStatus.PENDING.name().equals(status); }
    public Map<Long, Boolean> getSelected() { return selected; }
    public Map<Long, String> getReasons() { return reasons; }
    public Map<Long, String> getEdits() { return edits; }
}
