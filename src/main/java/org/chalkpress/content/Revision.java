package org.chalkpress.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.Verdict;

/** One published version of an item: sanitised, attributed, immutable. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Revision() {
    }

    public Revision(Long itemId, int number, String title, String sanitisedHtml, Tags tags, Audience audience,
                    Long authorId, Verdict verdict) {
        this.itemId = itemId;
        this.number = number;
        this.title = title;
        this.bodyHtml = sanitisedHtml;
        this.tags = tags.asText();
        this.audience = audience;
        this.authorId = authorId;
        this.verdict = verdict;
        this.createdAt = Clock.now();
    }

    public Long id() { return id; }
    public Long itemId() { return itemId; }
    public int number() { return number; }
    public String title() { return title; }
    public String bodyHtml() { return bodyHtml; }
    public String tags() { return tags; }
    public Audience audience() { return audience; }
    public Long authorId() { return authorId; }
    public Verdict verdict() { return verdict; }
    public OffsetDateTime createdAt() { return createdAt; }
}
