package org.chalkpress.people.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvitationCodeTest {

    @Test
    void aFreshCodeIsPrintedInTwoGroupsWithoutLookAlikeCharacters() {
        String printed = InvitationCode.fresh().printed();
        assertTrue(printed.matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}"), printed);
        assertNotEquals(InvitationCode.fresh(), InvitationCode.fresh());
    }

    @Test
    void whatAParentTypesIsForgivingAboutCaseSpacesAndDashes() {
        InvitationCode code = InvitationCode.fresh();
        String sloppy = "  " + code.printed().toLowerCase().replace("-", " - ") + " ";
        assertEquals(code, InvitationCode.typed(sloppy));
        assertEquals(code.hash(), InvitationCode.typed(sloppy).hash());
    }

    @Test
    void aMistypedCodeSaysWhatACodeLooksLike() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InvitationCode.typed("K7QM4-XW9R"));
        assertTrue(e.getMessage().contains("K7QM4-XW9RT"));
        assertThrows(IllegalArgumentException.class, () -> InvitationCode.typed("K7QM0-XW9RT"), "0 is not used");
    }

    @Test
    void onlyTheHashIsKeptAndItDoesNotContainTheCode() {
        InvitationCode code = InvitationCode.typed("K7QM4-XW9RT");
        assertEquals(64, code.hash().length());
        assertTrue(!code.hash().toUpperCase().contains("K7QM4"));
    }
}
