package org.chalkpress.sites.theme;

import static org.chalkpress.sites.theme.ThemeFolders.themesIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeCatalogTest {

    @TempDir
    Path themes;

    @Test
    void aSchoolInheritsTheKeysItLeavesOut() {
        themesIn(themes).district();
        themesIn(themes).school("pine-middle").with("color.primary", "#5b2a86");

        Theme pine = themesIn(themes).load().themeFor("pine-middle");

        assertEquals("Test District", pine.name());
        assertEquals("A classroom page; the views are the teacher's, not the district's.", pine.disclaimer());
        assertEquals("Georgia, serif", pine.headingFont().value());
        assertEquals("district/logo.svg", pine.logoPath());
        assertEquals("#ffffff", pine.backgroundColor().value());
    }

    @Test
    void aSchoolOverridesTheKeysItSets() {
        themesIn(themes).district();
        themesIn(themes).school("pine-middle")
                .with("name", "Pine Middle School")
                .with("color.primary", "#5b2a86")
                .with("wording.officialBadge", "Official Pine Middle page")
                .with("logo", "pine.svg")
                .file("pine.svg", ThemeFolders.PLAIN_LOGO);

        Theme pine = themesIn(themes).load().themeFor("pine-middle");

        assertEquals("pine-middle", pine.themeName());
        assertEquals("Pine Middle School", pine.name());
        assertEquals("#5b2a86", pine.primaryColor().value());
        assertEquals("Official Pine Middle page", pine.officialBadge());
        assertEquals("pine-middle/pine.svg", pine.logoPath());
        assertTrue(pine.cssVariables().contains("--cp-primary:#5b2a86;"), pine.cssVariables());
        assertFalse(pine.isDistrict());
    }

    @Test
    void anUnknownOrAbsentSchoolGetsTheDistrictTheme() {
        themesIn(themes).district();
        ThemeCatalog catalog = themesIn(themes).load();

        assertSame(catalog.district(), catalog.themeFor("no-such-school"));
        assertSame(catalog.district(), catalog.themeFor(null));
        assertSame(catalog.district(), catalog.themeFor("../district"));
        assertTrue(catalog.district().isDistrict());
    }

    @Test
    void aSchoolFolderAddedOnDiskAppearsWithoutCodeChanges() {
        themesIn(themes).district();
        assertEquals(Set.of(), themesIn(themes).load().schoolSlugs());

        themesIn(themes).school("oak-valley-k8").with("wording.tagline", "Oaks grow slowly");

        ThemeCatalog reloaded = themesIn(themes).load();
        assertEquals(Set.of("oak-valley-k8"), reloaded.schoolSlugs());
        assertEquals("Oaks grow slowly", reloaded.themeFor("oak-valley-k8").tagline());
    }

    @Test
    void aSchoolOnDiskIsMergedOverTheBuiltInDistrict() {
        themesIn(themes).school("oak-valley-k8").with("wording.tagline", "Oaks grow slowly");

        ThemeCatalog catalog = ThemeCatalog.load(themes, getClass().getClassLoader());

        assertEquals("Riverbend Unified School District", catalog.themeFor("oak-valley-k8").name());
        assertTrue(catalog.schoolSlugs().containsAll(List.of("oak-valley-k8", "maple-elementary", "riverbend-high")));
    }

    @Test
    void aBadColorIsRefusedNamingFileKeyAndFix() {
        themesIn(themes).district().with("color.primary", "red;} body{background:url(https://evil.example/x)}");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains(themes.resolve("district/theme.properties").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("key color.primary"), e.getMessage());
        assertTrue(e.getMessage().contains("#rrggbb"), e.getMessage());
    }

    @Test
    void aBadColorInASchoolThemeNamesTheSchoolFile() {
        themesIn(themes).district();
        themesIn(themes).school("pine-middle").with("color.accent", "tealish");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains(Path.of("schools", "pine-middle", "theme.properties").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("key color.accent: 'tealish' is not a color"), e.getMessage());
    }

    @Test
    void aFontStackThatCouldEscapeTheStylesheetIsRefused() {
        themesIn(themes).district().with("font.body", "Arial; } @import url(x.css); {");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("key font.body"), e.getMessage());
    }

    @Test
    void colorsWithoutEnoughContrastAreRefused() {
        themesIn(themes).district();
        themesIn(themes).school("pine-middle").with("color.text", "#999999");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("pine-middle"), e.getMessage());
        assertTrue(e.getMessage().contains("key color.text"), e.getMessage());
        assertTrue(e.getMessage().contains("4.5:1"), e.getMessage());
    }

    @Test
    void aMisspelledKeyIsRefused() {
        themesIn(themes).district().with("colour.primary", "#000000");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("key colour.primary: unknown key"), e.getMessage());
    }

    @Test
    void theDistrictMustSetEveryKey() {
        themesIn(themes).district().without("wording.disclaimer");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("wording.disclaimer"), e.getMessage());
    }

    @Test
    void wordingIsPlainText() {
        themesIn(themes).district().with("wording.tagline", "<script>alert(1)</script>");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("key wording.tagline"), e.getMessage());
    }

    @Test
    void aLogoWithAScriptIsRefused() {
        themesIn(themes).district().file("logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("key logo"), e.getMessage());
        assertTrue(e.getMessage().contains("<script"), e.getMessage());
    }

    @Test
    void aLogoWithAnEventHandlerOrOutsideReferenceIsRefused() {
        themesIn(themes).district().file("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>");
        assertThrows(ThemeException.class, () -> themesIn(themes).load());

        themesIn(themes).district().file("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<image href=\"https://tracker.example/pixel.png\"/></svg>");
        assertThrows(ThemeException.class, () -> themesIn(themes).load());
    }

    @Test
    void aMissingLogoFileIsRefused() {
        themesIn(themes).district().with("logo", "crest.png");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("key logo: there is no file"), e.getMessage());
    }

    @Test
    void aSchoolFolderMustBeNamedBySlug() {
        themesIn(themes).district();
        themesIn(themes).school("Pine Middle").with("wording.tagline", "Hi");

        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("slug"), e.getMessage());
    }

    @Test
    void servesThemeFilesWithTheirContentType() {
        themesIn(themes).district().file("theme.css", "body{}");
        ThemeCatalog catalog = themesIn(themes).load();

        ThemeAsset logo = catalog.asset("district", "logo.svg").orElseThrow();
        assertEquals("image/svg+xml", logo.contentType());
        assertEquals(ThemeFolders.PLAIN_LOGO, new String(logo.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("text/css; charset=UTF-8", catalog.asset("district", "theme.css").orElseThrow().contentType());
        assertTrue(catalog.asset("district", "favicon.ico").isEmpty());
        assertTrue(catalog.asset("no-such-school", "logo.svg").isEmpty());
    }

    @Test
    void refusesPathTraversalAndOtherFileTypes() {
        themesIn(themes).district();
        ThemeCatalog catalog = themesIn(themes).load();

        for (String fileName : List.of("../district/logo.svg", "..", "../../etc/passwd.css", "sub/logo.svg",
                "..\\logo.svg", "theme.properties", ".hidden.css", "logo.svg.exe", "logo.svg%00.png", "")) {
            assertThrows(IllegalArgumentException.class, () -> catalog.asset("district", fileName), fileName);
        }
        for (String themeName : List.of("..", "../district", "schools/../district", "/etc", "", "DISTRICT")) {
            assertThrows(IllegalArgumentException.class, () -> catalog.asset(themeName, "logo.svg"), themeName);
        }
    }

    @Test
    void doesNotFollowALinkOutOfTheThemeFolder() throws IOException {
        themesIn(themes).district();
        Path outside = Files.writeString(themes.resolve("secret.css"), "secret");
        try {
            Files.createSymbolicLink(themes.resolve("district/leak.css"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }

        assertTrue(themesIn(themes).load().asset("district", "leak.css").isEmpty());
    }

    @Test
    void withoutADistrictThemeLoadingFails() {
        ThemeException e = assertThrows(ThemeException.class, () -> themesIn(themes).load());

        assertTrue(e.getMessage().contains("no district theme"), e.getMessage());
    }
}
