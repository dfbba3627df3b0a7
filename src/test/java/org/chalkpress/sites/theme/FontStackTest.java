package org.chalkpress.sites.theme;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FontStackTest {

    @ParameterizedTest
    @ValueSource(strings = {"system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif", "Georgia, serif",
        "'Noto Sans 2', Arial, sans-serif"})
    void acceptsSystemFontStacks(String value) {
        assertDoesNotThrow(() -> new FontStack(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arial; } body { display: none", "url(https://fonts.example/x.woff2)", "Arial, , serif",
        "\"Segoe UI, sans-serif", "'Segoe UI\", serif", "Arial\\3b", "Arial/* */", " "})
    void refusesAnythingThatCouldEscapeTheDeclaration(String value) {
        assertThrows(IllegalArgumentException.class, () -> new FontStack(value));
    }
}
