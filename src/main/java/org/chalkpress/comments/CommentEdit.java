package org.chalkpress.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/** A teacher's change to someone's comment: both versions, who and when (clause ACCOUNTABLE). */
@Entity
@Table(name = "page_comment_edit")
public class CommentEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private Long commentId;

    @Column(name = "original_text", nullable = false)
    private String originalText;

    @Column(name = "edited_text", nullable = false)
    private String editedText;

    @Column(name = "edited_by", nullable = false)
    private Long editedBy;

    @Column(name = "edited_at", nullable = false)
    private OffsetDateTime editedAt;

    protected CommentEdit() {
    }

    public CommentEdit(Long commentId, String originalText, String editedText, Long editedBy) {
        this.commentId = commentId;
        this.originalText = originalText;
        this.editedText = editedText;
        this.editedBy = editedBy;
        this.editedAt = Clock.now();
    }

    public Long id() { return id; }
    public Long commentId() { return commentId; }
    public String originalText() { return originalText; }
    public String editedText() { return editedText; }
    public Long editedBy() { return editedBy; }
    public OffsetDateTime editedAt() { return editedAt; }
}
