package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/** A renamed page's old title and address, so links and bookmarks to it still arrive. */
@Entity
@Table(name = "wiki_redirect")
public class WikiRedirect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "title_key", nullable = false)
    private String titleKey;

    @Column(nullable = false)
    private String slug;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected WikiRedirect() {
    }

    public WikiRedirect(Long siteId, String titleKey, String slug, Long itemId) {
        this.siteId = siteId;
        this.titleKey = titleKey;
        this.slug = slug;
        this.itemId = itemId;
        this.createdAt = Clock.now();
    }

    public String titleKey() { return titleKey; }
    public String slug() { return slug; }
    public Long itemId() { return itemId; }
}
