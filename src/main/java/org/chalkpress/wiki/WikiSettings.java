package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who may edit a site's wiki. Students' edits always wait for a teacher's approval. */
@Entity
@Table(name = "wiki_settings")
public class WikiSettings {

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "students_may_edit", nullable = false)
    private boolean studentsMayEdit;

    protected WikiSettings() {
    }

    public WikiSettings(Long siteId, boolean studentsMayEdit) {
        this.siteId = siteId;
        this.studentsMayEdit = studentsMayEdit;
    }

    public Long siteId() { return siteId; }
    public boolean studentsMayEdit() { return studentsMayEdit; }
    void letStudentsEdit(boolean allowed) { this.studentsMayEdit = allowed; }
}
