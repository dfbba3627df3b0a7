package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Markdown source and edit summary of one published wiki revision, and who approved a student's edit. */
@Entity
@Table(name = "wiki_edit")
public class WikiEdit {

    @Id
    @Column(name = "revision_id")
    private Long revisionId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private String markdown;

    @Column
    private String summary;

    @Column(name = "approved_by")
    private Long approvedBy;

    protected WikiEdit() {
    }

    public WikiEdit(Long revisionId, Long itemId, String markdown, String summary, Long approvedBy) {
        this.revisionId = revisionId;
        this.itemId = itemId;
        this.markdown = markdown;
        this.summary = summary;
        this.approvedBy = approvedBy;
    }

    public Long revisionId() { return revisionId; }
    public Long itemId() { return itemId; }
    public String markdown() { return markdown; }
    public String summary() { return summary; }
    public Long approvedBy() { return approvedBy; }
}
