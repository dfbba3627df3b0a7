package org.chalkpress.concerns.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.chalkpress.concerns.ConcernTarget;
import org.chalkpress.concerns.Concerns;
import org.chalkpress.concerns.ReportReasons;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.NotFoundException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;

/** "Report a concern" (concerns/report.xhtml?kind=post&amp;id=N), open to anonymous visitors of public pages. */
@Named
@ViewScoped
public class ConcernReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Concerns concerns;

    @Inject
    CurrentViewer currentViewer;

    private String kind;
    private Long id;
    /** What load() found; view parameters are not trusted to survive the postback. */
    private ContentKind targetKind;
    private long targetId;
    private String title;
    private String path;
    private String clause;
    private String reason;
    private boolean sent;

    public void load() throws IOException {
        ConcernTarget target = target();
        if (target == null) {
            FacesFeedback.notFound();
            return;
        }
        targetKind = target.kind();
        targetId = target.id();
        title = target.title();
        path = target.path();
    }

    public void send() throws IOException {
        if (targetKind == null) {
            FacesFeedback.notFound();
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            concerns.report(currentViewer.viewer(), request.getRemoteAddr(), targetKind, targetId, clause, reason);
            sent = true;
        } catch (InvalidInputException e) {
            FacesFeedback.fieldErrors(e);
        } catch (Concerns.TooManyReportsException e) {
            FacesFeedback.error(e.getMessage());
        } catch (NotFoundException e) {
            FacesFeedback.notFound();
        }
    }

    private ConcernTarget target() {
        try {
            if (id == null) {
                return null;
            }
            return concerns.visibleTarget(currentViewer.viewer(), ContentKind.fromCode(kind), id).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Map<ClauseId, String> getReasons() {
        return ReportReasons.choices();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public String getPath() { return path; }
    public String getClause() { return clause; }
    public void setClause(String clause) { this.clause = clause; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isSent() { return sent; }
}
