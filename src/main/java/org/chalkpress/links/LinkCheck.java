package org.chalkpress.links;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.policy.LinkResult;

/** One web link on one published page, and what the link checker last found there (clause LINKS). */
@Entity
@Table(name = "link_check")
public class LinkCheck {

    /** Longest link kept; longer ones are not recorded (the column and its unique index have limits). */
    public static final int MAX_URL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    private LinkResult.Outcome result;

    @Column(name = "final_url")
    private String finalUrl;

    private String reason;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    protected LinkCheck() {
    }

    public LinkCheck(Long siteId, Long itemId, String url) {
        if (url.length() > MAX_URL) {
            throw new IllegalArgumentException("Link longer than " + MAX_URL + " characters");
        }
        this.siteId = siteId;
        this.itemId = itemId;
        this.url = url;
    }

    public void found(LinkResult found, OffsetDateTime at) {
        this.result = found.outcome();
        this.finalUrl = found.finalUrl().length() > MAX_URL ? null : found.finalUrl();
        this.reason = found.reason().length() > 500 ? found.reason().substring(0, 500) : found.reason();
        this.checkedAt = at;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long itemId() { return itemId; }
    public String url() { return url; }
    public LinkResult.Outcome result() { return result; }
    public String finalUrl() { return finalUrl; }
    public String reason() { return reason; }
    public OffsetDateTime checkedAt() { return checkedAt; }
}
