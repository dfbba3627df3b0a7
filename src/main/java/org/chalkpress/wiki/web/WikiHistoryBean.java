package org.chalkpress.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.publishing.Acknowledgement;
import org.chalkpress.wiki.EditResult;
import org.chalkpress.wiki.RevisionDiff;
import org.chalkpress.wiki.WikiService;
import org.chalkpress.wiki.WikiViews.HistoryEntry;

/** A wiki page's revisions (teach/wiki-history.xhtml): who changed what, a diff of any two, revert. */
@Named
@ViewScoped
public class WikiHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wiki;

    @Inject
    CurrentViewer currentViewer;

    private Long id;
    private Long from;
    private Long to;
    private List<HistoryEntry> revisions = List.of();

    public void load() throws IOException {
        try {
            revisions = wiki.history(currentViewer.viewer(), id);
        } catch (RuntimeException e) {
            FacesFeedback.notFound();
            return;
        }
        if (to == null && !revisions.isEmpty()) {
            to = revisions.get(0).revision().id();
        }
        if (from == null && revisions.size() > 1) {
            from = revisions.get(1).revision().id();
        }
    }

    public void revert(Long revisionId) {
        EditResult result = wiki.revert(currentViewer.viewer(), id, revisionId, Acknowledgement.WARNINGS);
        if (result.published()) {
            FacesFeedback.info("Reverted: a new revision with the old text is live.");
        } else {
            FacesFeedback.error("The old text cannot be published again: " + result.decision().findings().size()
                    + " problem(s) found by the policy check.");
        }
        revisions = wiki.history(currentViewer.viewer(), id);
        to = revisions.get(0).revision().id();
        from = revisions.size() > 1 ? revisions.get(1).revision().id() : null;
    }

    public List<RevisionDiff.Line> getDiff() {
        return to == null ? List.of() : wiki.diff(currentViewer.viewer(), id, from, to);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFrom() { return from; }
    public void setFrom(Long from) { this.from = from; }
    public Long getTo() { return to; }
    public void setTo(Long to) { this.to = to; }
    public List<HistoryEntry> getRevisions() { return revisions; }
}
