package org.chalkpress.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void titlesBecomeReadableAddresses() {
        assertEquals("mrs-hills-grade-4", Slug.from("Mrs. Hill's Grade 4!").value());
        assertEquals("cafe-creme", Slug.from("Café crème").value());
        assertEquals("untitled", Slug.from("!!!").value());
        assertTrue(Slug.from("a".repeat(200)).value().length() <= 80);
    }

    @Test
    void anInvalidSlugSaysWhatAValidOneLooksLike() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Slug("Grade 4/../x"));
        assertTrue(e.getMessage().contains("lower-case letters"));
    }
}
