package org.chalkpress.sites.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CssColorTest {

    @ParameterizedTest
    @ValueSource(strings = {"#fff", "#1D4F73", "rgb(29, 79, 115)", "rgb(0,0,0)", "navy", "RebeccaPurple"})
    void acceptsHexRgbAndNamedColors(String value) {
        assertEquals(value, new CssColor(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"red;}body{display:none", "#12345", "#ggg", "rgb(256, 0, 0)", "rgba(0,0,0,0.5)",
        "bleu", "url(https://example.org/x.png)", "var(--x)", "expression(alert(1))", "", "#fff /* */"})
    void refusesAnythingElse(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CssColor(value));
        assertTrue(e.getMessage().contains("#rrggbb"), e.getMessage());
    }

    @Test
    void measuresWcagContrast() {
        assertEquals(21.0, new CssColor("black").contrastWith(new CssColor("#ffffff")), 0.01);
        assertEquals(1.0, new CssColor("#fff").contrastWith(new CssColor("white")), 0.01);
        assertEquals(4.48, new CssColor("#777777").contrastWith(new CssColor("#fff")), 0.01);
    }
}
