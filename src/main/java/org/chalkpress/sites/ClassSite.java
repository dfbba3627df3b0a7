package org.chalkpress.sites;

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

/**
 * A class's site: its blog (and later its wiki and podcast). New sites are readable by the class only
 * (clause PRIVACY-FIRST); only communications staff mark a site official (clause OFFICIAL).
 */
@Entity
@Table(name = "class_site")
public class ClassSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "class_code")
    private String classCode;

    @Column(name = "sourced_id")
    private String sourcedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_audience", nullable = false)
    private Audience defaultAudience = Audience.CLASS;

    @Column(nullable = false)
    private boolean official;

    @Column(name = "surnames_in_public", nullable = false)
    private boolean surnamesInPublic;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ClassSite() {
    }

    public ClassSite(School school, Slug slug, String title) {
        this.schoolId = school.id();
        this.slug = slug.value();
        this.title = title;
        this.createdAt = Clock.now();
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String classCode() { return classCode; }
    public String sourcedId() { return sourcedId; }
    public Audience defaultAudience() { return defaultAudience; }
    public boolean official() { return official; }
    public boolean surnamesInPublic() { return surnamesInPublic; }
    public int createdAtYear() { return createdAt.getYear(); }

    public void retitle(String newTitle) { this.title = newTitle; }
    public void linkToRoster(String rosterSourcedId, String code) {
        this.sourcedId = rosterSourcedId;
        this.classCode = code;
    }
    public void setDefaultAudience(Audience audience) { this.defaultAudience = audience; }
    public void setSurnamesInPublic(boolean allowed) { this.surnamesInPublic = allowed; }

    /** Only reached through {@link SiteAdministration}, which checks the caller is communications staff. */
    void setOfficial(boolean isOfficial) { this.official = isOfficial; }
}
