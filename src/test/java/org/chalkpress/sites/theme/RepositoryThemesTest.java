package org.chalkpress.sites.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The themes checked into the repository's top-level {@code themes/} folder, and their copies in the war. */
class RepositoryThemesTest {

    private static final Path THEMES = Path.of("themes");

    @Test
    void theRepositoryThemesLoadCleanly() {
        ThemeCatalog catalog = ThemeCatalog.load(THEMES, ThemeFolders.NO_BUILT_IN_THEMES);

        Theme district = catalog.district();
        assertEquals("Riverbend Unified School District", district.name());
        assertEquals("Official Riverbend USD page", district.officialBadge());
        assertTrue(district.disclaimer().contains("not an official channel"), district.disclaimer());
        assertTrue(district.cssVariables().startsWith(":root{--cp-primary:#1d4f73;"), district.cssVariables());
        assertEquals(Set.of("maple-elementary", "riverbend-high"), catalog.schoolSlugs());
        for (String school : catalog.schoolSlugs()) {
            Theme theme = catalog.themeFor(school);
            String[] logo = theme.logoPath().split("/");
            assertTrue(catalog.asset(logo[0], logo[1]).isPresent(), theme.logoPath());
        }
        assertTrue(catalog.asset("district", "theme.css").isPresent());
    }

    @Test
    void schoolThemesOverrideWhatTheySetAndInheritTheRest() {
        ThemeCatalog catalog = ThemeCatalog.load(THEMES, ThemeFolders.NO_BUILT_IN_THEMES);

        Theme maple = catalog.themeFor("maple-elementary");
        assertEquals("Maple Elementary School", maple.name());
        assertEquals("maple-elementary/logo.svg", maple.logoPath());
        assertEquals(catalog.district().bodyFont(), maple.bodyFont());
        assertEquals(catalog.district().disclaimer(), maple.disclaimer());

        Theme high = catalog.themeFor("riverbend-high");
        assertEquals("Official Riverbend High School page", high.officialBadge());
        assertEquals("district/logo.svg", high.logoPath());
        assertEquals(catalog.district().name(), high.name());
    }

    @Test
    void theBuiltInSchoolIndexListsEverySchoolFolder() throws IOException {
        Set<String> folders;
        try (Stream<Path> entries = Files.list(THEMES.resolve("schools"))) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = Files.readAllLines(THEMES.resolve("schools/index.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(folders, listed, "themes/schools/index.txt must list every school folder, one slug a line");
    }

    @Test
    void theCopiesOnTheClassPathLoadLikeTheFolder() {
        ThemeCatalog fromDisk = ThemeCatalog.load(THEMES, ThemeFolders.NO_BUILT_IN_THEMES);
        ThemeCatalog fromClassPath = ThemeCatalog.fromClassPath(getClass().getClassLoader());

        assertEquals(fromDisk.schoolSlugs(), fromClassPath.schoolSlugs());
        for (String school : fromDisk.schoolSlugs()) {
            assertEquals(fromDisk.themeFor(school).cssVariables(), fromClassPath.themeFor(school).cssVariables());
        }
        assertTrue(Arrays.equals(fromDisk.asset("district", "logo.svg").orElseThrow().bytes(),
                fromClassPath.asset("district", "logo.svg").orElseThrow().bytes()));
    }
}
