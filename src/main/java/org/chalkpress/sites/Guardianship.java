package org.chalkpress.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A membership link (guardianship); created by roster import or by administrators. */
@Entity
@Table(name = "guardianship")
@IdClass(Guardianship.Key.class)
public class Guardianship {

    /** The composite key. */
    public static class Key implements Serializable {
        private Long parentId;
        private Long studentId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(parentId, k.parentId) && Objects.equals(studentId, k.studentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parentId, studentId);
        }
    }

    @Id
    @Column(name = "parent_id")
    private Long parentId;

    @Id
    @Column(name = "student_id")
    private Long studentId;

    protected Guardianship() {
    }

    public Guardianship(Long parentId, Long studentId) {
        this.parentId = parentId;
        this.studentId = studentId;
    }

    public Long parentId() { return parentId; }
    public Long studentId() { return studentId; }
}
