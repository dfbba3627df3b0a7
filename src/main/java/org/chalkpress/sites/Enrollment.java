package org.chalkpress.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A membership link (enrollment); created by roster import or by administrators. */
@Entity
@Table(name = "enrollment")
@IdClass(Enrollment.Key.class)
public class Enrollment {

    /** The composite key. */
    public static class Key implements Serializable {
        private Long siteId;
        private Long studentId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(siteId, k.siteId) && Objects.equals(studentId, k.studentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, studentId);
        }
    }

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Id
    @Column(name = "student_id")
    private Long studentId;

    protected Enrollment() {
    }

    public Enrollment(Long siteId, Long studentId) {
        this.siteId = siteId;
        this.studentId = studentId;
    }

    public Long siteId() { return siteId; }
    public Long studentId() { return studentId; }
}
