package org.chalkpress.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school of the district; its slug names its theme folder under themes/schools/. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "sourced_id")
    private String sourcedId;

    protected School() {
    }

    public School(Slug slug, String name) {
        this.slug = slug.value();
        this.name = name;
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public String name() { return name; }
    public String sourcedId() { return sourcedId; }

    public void rename(String newName) { this.name = newName; }
    public void linkToRoster(String rosterSourcedId) { this.sourcedId = rosterSourcedId; }
}
