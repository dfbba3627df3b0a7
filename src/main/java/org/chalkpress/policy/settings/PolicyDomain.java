package org.chalkpress.policy.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A domain on the district's block list or allow list (clause LINKS). */
@Entity
@Table(name = "policy_domain")
@IdClass(PolicyDomain.Key.class)
public class PolicyDomain {

    /** Which list a domain is on. */
    public enum Listing { BLOCKED, ALLOWED }

    /** The composite key. */
    public static class Key implements Serializable {
        private Listing listing;
        private String domain;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && listing == k.listing && Objects.equals(domain, k.domain);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listing, domain);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "listing")
    private Listing listing;

    @Id
    private String domain;

    protected PolicyDomain() {
    }

    PolicyDomain(Listing listing, String domain) {
        this.listing = listing;
        this.domain = domain;
    }

    public Listing listing() { return listing; }
    public String domain() { return domain; }
}
