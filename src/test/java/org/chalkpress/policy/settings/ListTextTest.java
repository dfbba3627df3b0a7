package org.chalkpress.policy.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListTextTest {

    @Test
    void oneWordOrPhraseALineTrimmedLowerCasedWithoutDuplicatesOrComments() {
        assertEquals(List.of("flibbertigibbet", "root beer"),
                ListText.words("  Flibbertigibbet \n\n# a comment\nroot   beer\r\nFLIBBERTIGIBBET\n"));
    }

    @Test
    void pastedAddressesBecomeDomainNames() {
        assertEquals(Set.of("example.com", "games.example.org"),
                ListText.domains("https://www.example.com/page?x=1\nexample.com\nGames.Example.org:8080\n")
                        .stream().map(d -> d.replaceFirst("^www\\.", "")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void somethingThatIsNotADomainIsRefusedWithTheLineInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ListText.domains("example.com\nnot a domain"));
        assertEquals(true, e.getMessage().contains("not a domain"));
    }

    @Test
    void entriesGoBackToTheFormOneALine() {
        assertEquals("a\nb", ListText.join(List.of("a", "b")));
    }
}
