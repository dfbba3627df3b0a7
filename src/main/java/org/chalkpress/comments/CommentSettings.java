package org.chalkpress.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A class site's rules for comments, set by its teachers. */
@Entity
@Table(name = "comment_settings")
public class CommentSettings {

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "who_may_comment", nullable = false)
    private WhoMayComment whoMayComment;

    @Column(name = "parents_need_approval", nullable = false)
    private boolean parentsNeedApproval;

    @Column(name = "links_in_student_comments", nullable = false)
    private boolean linksInStudentComments;

    /** 0: comments stay open. */
    @Column(name = "close_after_days", nullable = false)
    private int closeAfterDays;

    protected CommentSettings() {
    }

    public CommentSettings(Long siteId, WhoMayComment who, boolean parentsNeedApproval, boolean linksInStudentComments,
                           int closeAfterDays) {
        this.siteId = siteId;
        change(who, parentsNeedApproval, linksInStudentComments, closeAfterDays);
    }

    /** What a site has before its teachers change anything: students comment, every comment is moderated. */
    public static CommentSettings defaults(Long siteId) {
        return new CommentSettings(siteId, WhoMayComment.STUDENTS, true, false, 0);
    }

    public void change(WhoMayComment who, boolean parentsApproval, boolean studentLinks, int closeDays) {
        if (closeDays < 0 || closeDays > 3650) {
            throw new IllegalArgumentException("Close comments after 0 (never) to 3650 days.");
        }
        this.whoMayComment = who == null ? WhoMayComment.STUDENTS : who;
        this.parentsNeedApproval = parentsApproval;
        this.linksInStudentComments = studentLinks;
        this.closeAfterDays = closeDays;
    }

    /** Whether comments on a page first published then are closed now. */
    public boolean closedFor(OffsetDateTime firstPublished, OffsetDateTime now) {
        return closeAfterDays > 0 && firstPublished != null && now.isAfter(firstPublished.plusDays(closeAfterDays));
    }

    public Long siteId() { return siteId; }
    public WhoMayComment whoMayComment() { return whoMayComment; }
    public boolean parentsNeedApproval() { return parentsNeedApproval; }
    public boolean linksInStudentComments() { return linksInStudentComments; }
    public int closeAfterDays() { return closeAfterDays; }
}
