package org.chalkpress.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A membership link (site_teacher); created by roster import or by administrators. */
@Entity
@Table(name = "site_teacher")
@IdClass(SiteTeacher.Key.class)
public class SiteTeacher {

    /** The composite key. */
    public static class Key implements Serializable {
        private Long siteId;
        private Long accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(siteId, k.siteId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, accountId);
        }
    }

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    protected SiteTeacher() {
    }

    public SiteTeacher(Long siteId, Long accountId) {
        this.siteId = siteId;
        this.accountId = accountId;
    }

    public Long siteId() { return siteId; }
    public Long accountId() { return accountId; }
}
