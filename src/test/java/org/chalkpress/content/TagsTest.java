package org.chalkpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void typedTagsAreTidiedAndDeduplicated() {
        Tags tags = Tags.parse(" Science,  field   trip , science,,");
        assertEquals(Set.of("science", "field trip"), tags.values());
        assertEquals("field trip, science", tags.asText());
    }

    @Test
    void tooManyTagsAreRefusedWithTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tags.parse("a,b,c,d,e,f,g,h,i,j,k,l,m"));
        assertEquals("A post can have at most 12 tags", e.getMessage());
    }
}
