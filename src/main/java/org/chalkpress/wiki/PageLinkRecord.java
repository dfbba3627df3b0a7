package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One [[link]] in a page's live revision, kept for "what links here". */
@Entity
@Table(name = "wiki_link")
public class PageLinkRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "from_item_id", nullable = false)
    private Long fromItemId;

    @Column(name = "to_title_key", nullable = false)
    private String toTitleKey;

    protected PageLinkRecord() {
    }

    public PageLinkRecord(Long siteId, Long fromItemId, String toTitleKey) {
        this.siteId = siteId;
        this.fromItemId = fromItemId;
        this.toTitleKey = toTitleKey;
    }

    public Long fromItemId() { return fromItemId; }
    public String toTitleKey() { return toTitleKey; }
}
