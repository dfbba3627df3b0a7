package org.chalkpress.sites.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes theme folders into a temporary themes directory: {@code themesIn(dir).district().with("color.text", "#000")}. */
final class ThemeFolders {

    /** A class path with no {@code themes/} resources, so a test sees only the folders it wrote. */
    static final ClassLoader NO_BUILT_IN_THEMES = new ClassLoader(null) { };

    static final String PLAIN_LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#123\"/></svg>";

    private final Path root;

    private ThemeFolders(Path root) {
        this.root = root;
    }

    static ThemeFolders themesIn(Path root) {
        return new ThemeFolders(root);
    }

    /** A complete, valid district theme with a plain logo. */
    Folder district() {
        Folder district = new Folder(root.resolve("district"));
        district.with("name", "Test District")
                .with("shortName", "TD")
                .with("logo", "logo.svg")
                .with("color.primary", "#1d4f73")
                .with("color.accent", "#2b7a78")
                .with("color.background", "#ffffff")
                .with("color.text", "#222222")
                .with("font.body", "system-ui, \"Segoe UI\", sans-serif")
                .with("font.heading", "Georgia, serif")
                .with("wording.officialBadge", "Official Test District page")
                .with("wording.disclaimer", "A classroom page; the views are the teacher's, not the district's.")
                .with("wording.tagline", "Testing together")
                .with("wording.footer", "Test District")
                .file("logo.svg", PLAIN_LOGO);
        return district;
    }

    Folder school(String folderName) {
        return new Folder(root.resolve("schools").resolve(folderName));
    }

    ThemeCatalog load() {
        return ThemeCatalog.load(root, NO_BUILT_IN_THEMES);
    }

    /** One theme folder; every change rewrites its {@code theme.properties}. */
    static final class Folder {
        private final Path directory;
        private final Map<String, String> properties = new LinkedHashMap<>();

        Folder(Path directory) {
            this.directory = directory;
            write();
        }

        Folder with(String key, String value) {
            properties.put(key, value);
            write();
            return this;
        }

        Folder without(String key) {
            properties.remove(key);
            write();
            return this;
        }

        Folder file(String name, String content) {
            try {
                Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Path directory() {
            return directory;
        }

        Path propertiesFile() {
            return directory.resolve("theme.properties");
        }

        private void write() {
            StringBuilder text = new StringBuilder();
            properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            try {
                Files.createDirectories(directory);
                Files.writeString(propertiesFile(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
