package org.chalkpress.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.policy.Audience;
import org.junit.jupiter.api.Test;

class PostFormTest {

    @Test
    void everyBadFieldIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PostForm("", "x".repeat(PostForm.MAX_BODY + 1), "a,b,c,d,e,f,g,h,i,j,k,l,m", "world").validate());
        assertEquals(4, e.fieldErrors().size());
        assertTrue(e.fieldErrors().get("title").contains("title"));
        assertTrue(e.fieldErrors().get("audience").contains("class, district or public"));
    }

    @Test
    void aMissingAudienceMeansTheSitesDefault() {
        PostForm.Validated valid = new PostForm("  Field trip  ", "<p>x</p>", "", null).validate();
        assertEquals("Field trip", valid.title());
        assertNull(valid.audience());
        assertEquals(Audience.PUBLIC, new PostForm("t", "", "", "Public").validate().audience());
    }
}
