package org.chalkpress.policy.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.chalkpress.platform.Clock;

/**
 * One revision of the district's social media policy, as its revision history lists it ("IR — Initial
 * Release, 12/12/11"). The newest revision is the current one; staff agree to it before publishing.
 */
@Entity
@Table(name = "policy_revision")
public class PolicyRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String label;

    @Column(name = "released_on", nullable = false, updatable = false)
    private LocalDate releasedOn;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(updatable = false)
    private String body;

    @Column(name = "body_resource", updatable = false)
    private String bodyResource;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    protected PolicyRevision() {
    }

    PolicyRevision(String label, LocalDate releasedOn, String description, String body, String publishedBy) {
        this.label = label;
        this.releasedOn = releasedOn;
        this.description = description;
        this.body = body;
        this.publishedAt = Clock.now();
        this.publishedBy = publishedBy;
    }

    public Long id() { return id; }
    public String label() { return label; }
    public LocalDate releasedOn() { return releasedOn; }
    public String description() { return description; }
    public OffsetDateTime publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }

    /** The policy's text: stored with the revision, or shipped with the application for the initial release. */
    public String text() {
        if (body != null) {
            return body;
        }
        if (bodyResource == null) {
            return "";
        }
        try (InputStream in = PolicyRevision.class.getClassLoader().getResourceAsStream(bodyResource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the policy text " + bodyResource, e);
        }
    }
}
