package org.chalkpress.policy.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One entry of one of the district's word lists. */
@Entity
@Table(name = "policy_word")
@IdClass(PolicyWord.Key.class)
public class PolicyWord {

    /** The composite key. */
    public static class Key implements Serializable {
        private String listName;
        private String word;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(listName, k.listName) && Objects.equals(word, k.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listName, word);
        }
    }

    @Id
    @Column(name = "list_name")
    private String listName;

    @Id
    private String word;

    protected PolicyWord() {
    }

    PolicyWord(String listName, String word) {
        this.listName = listName;
        this.word = word;
    }

    public String listName() { return listName; }
    public String word() { return word; }
}
