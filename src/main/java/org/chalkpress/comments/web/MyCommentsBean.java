package org.chalkpress.comments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.chalkpress.comments.CommentService;
import org.chalkpress.comments.ModerationEntry;
import org.chalkpress.people.CurrentViewer;

/** A student's own comments with where each one is and the teacher's reasons (learn/my-comments.xhtml). */
@Named
@RequestScoped
public class MyCommentsBean {

    @Inject
    CommentService comments;

    @Inject
    CurrentViewer currentViewer;

    private List<ModerationEntry> entries;

    public List<ModerationEntry> getEntries() {
        if (entries == null) {
            entries = comments.mine(currentViewer.viewer());
        }
        return entries;
    }
}
