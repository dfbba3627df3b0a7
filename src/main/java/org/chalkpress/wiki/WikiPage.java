package org.chalkpress.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/**
 * What a wiki page adds to its content item: the current title (unique per site, any case), whether only
 * teachers may edit it, and its live text for search.
 */
@Entity
@Table(name = "wiki_page")
public class WikiPage {

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_key", nullable = false)
    private String titleKey;

    @Column(name = "protected", nullable = false)
    private boolean protectedPage;

    @Column(name = "live_text", nullable = false)
    private String liveText = "";

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected WikiPage() {
    }

    public WikiPage(Long itemId, Long siteId, PageTitle title) {
        this.itemId = itemId;
        this.siteId = siteId;
        retitle(title);
    }

    void retitle(PageTitle newTitle) {
        this.title = newTitle.value();
        this.titleKey = newTitle.key();
        this.updatedAt = Clock.now();
    }

    /** Frees the title of a page that was never published (its only proposal was rejected). */
    void releaseTitle() {
        this.titleKey = "[released " + itemId + "]";
        this.updatedAt = Clock.now();
    }

    void protect(boolean onlyTeachers) {
        this.protectedPage = onlyTeachers;
    }

    void showText(String plainText) {
        this.liveText = plainText;
        this.updatedAt = Clock.now();
    }

    public Long itemId() { return itemId; }
    public Long siteId() { return siteId; }
    public String title() { return title; }
    public String titleKey() { return titleKey; }
    public boolean isProtected() { return protectedPage; }
    public String liveText() { return liveText; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
