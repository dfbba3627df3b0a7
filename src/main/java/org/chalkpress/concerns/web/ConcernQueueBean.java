package org.chalkpress.concerns.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.concerns.Concerns;
import org.chalkpress.concerns.ReportReasons;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.ContentKind;

/** The concern queue (admin/concerns.xhtml); every action is checked again by {@link Concerns}. */
@Named
@ViewScoped
public class ConcernQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Concerns concerns;

    @Inject
    CurrentViewer currentViewer;

    /** The reason typed beside each target, keyed "KIND:id". */
    private final Map<String, String> reasons = new HashMap<>();

    private transient List<Concerns.QueueEntry> queue;

    public List<Concerns.QueueEntry> getQueue() {
        if (queue == null) {
            queue = concerns.queue(currentViewer.viewer());
        }
        return queue;
    }

    public void hide(String kind, long id) {
        concerns.hide(currentViewer.viewer(), ContentKind.valueOf(kind), id);
        done("Hidden: it is off every page and feed until you restore or remove it.");
    }

    public void restore(String kind, long id) {
        concerns.restore(currentViewer.viewer(), ContentKind.valueOf(kind), id, reasons.get(kind + ":" + id));
        done("Restored, and the reports closed.");
    }

    public void remove(String kind, long id) {
        try {
            concerns.remove(currentViewer.viewer(), ContentKind.valueOf(kind), id, reasons.get(kind + ":" + id));
            done("Removed. The author has been told why.");
        } catch (InvalidInputException e) {
            FacesFeedback.error(e.getMessage());
        }
    }

    private void done(String message) {
        queue = null;
        FacesFeedback.info(message);
    }

    public String plainWords(ClauseId clause) {
        return ReportReasons.plainWords(clause);
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
