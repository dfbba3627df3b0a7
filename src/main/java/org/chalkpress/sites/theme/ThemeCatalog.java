package org.chalkpress.sites.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The district theme and every school theme, loaded and checked once (clause OFFICIAL). A themes directory on
 * disk overrides the copies on the class path theme by theme: a folder on disk replaces the built-in folder of
 * the same name, and built-in themes without a folder on disk stay. A school theme is a folder
 * {@code schools/<school-slug>/}; its keys are merged over the district's.
 */
public final class ThemeCatalog {

    static final String CLASS_PATH_ROOT = "themes/";
    static final String SCHOOL_INDEX = "schools/index.txt";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 64;

    private final Theme district;
    private final Map<String, Theme> schools;
    private final Map<String, ThemeFolder> folders;

    private ThemeCatalog(Theme district, Map<String, Theme> schools, Map<String, ThemeFolder> folders) {
        this.district = district;
        this.schools = Collections.unmodifiableMap(new TreeMap<>(schools));
        this.folders = Map.copyOf(folders);
    }

    /** Loads the themes in {@code themesDirectory} (which may be absent or null) over the built-in ones. */
    public static ThemeCatalog load(Path themesDirectory) {
        return load(themesDirectory, ThemeCatalog.class.getClassLoader());
    }

    /** As {@link #load(Path)}, with the built-in themes read from {@code classPath}'s {@code themes/} resources. */
    public static ThemeCatalog load(Path themesDirectory, ClassLoader classPath) {
        Map<String, ThemeFolder> folders = new LinkedHashMap<>();
        ThemeFolder builtInDistrict = ThemeFolder.onClassPath(classPath, CLASS_PATH_ROOT + Theme.DISTRICT + "/");
        if (builtInDistrict.read(ThemeFile.NAME).isPresent()) {
            folders.put(Theme.DISTRICT, builtInDistrict);
        }
        folders.putAll(builtInSchools(classPath));
        if (themesDirectory != null && Files.exists(themesDirectory)) {
            folders.putAll(foldersOnDisk(themesDirectory));
        }
        if (!folders.containsKey(Theme.DISTRICT)) {
            throw new ThemeException("There is no district theme: add " + Theme.DISTRICT + "/" + ThemeFile.NAME
                    + (themesDirectory == null ? "" : " to " + themesDirectory) + " or to " + CLASS_PATH_ROOT
                    + " on the class path");
        }
        return build(folders);
    }

    /** The built-in themes only. */
    public static ThemeCatalog fromClassPath(ClassLoader classPath) {
        return load(null, classPath);
    }

    public Theme district() {
        return district;
    }

    /** The school's theme merged over the district's, or the district theme for an unknown or absent school. */
    public Theme themeFor(String schoolSlug) {
        return schoolSlug == null ? district : schools.getOrDefault(schoolSlug, district);
    }

    /** The slugs of the schools that have a theme, in order. */
    public Set<String> schoolSlugs() {
        return schools.keySet();
    }

    /**
     * A logo, stylesheet or icon of a theme, e.g. {@code asset("district", "logo.svg")}; see {@link Theme#logoPath()}.
     * Empty when the theme or file does not exist.
     *
     * @throws IllegalArgumentException for a name that is a path, hidden, or not .svg, .png, .css or .ico
     */
    public Optional<ThemeAsset> asset(String themeName, String fileName) {
        if (ThemeAsset.contentTypeOf(fileName).isEmpty()) {
            throw new IllegalArgumentException("Refused theme file name '" + fileName + "': " + ThemeAsset.NAME_RULE);
        }
        if (themeName == null || !(Theme.DISTRICT.equals(themeName) || isSlug(themeName))) {
            throw new IllegalArgumentException("Refused theme name '" + themeName + "': use '" + Theme.DISTRICT
                    + "' or a school slug");
        }
        ThemeFolder folder = folders.get(themeName);
        return folder == null ? Optional.empty()
                : folder.read(fileName).map(bytes -> ThemeAsset.of(fileName, bytes));
    }

    private static ThemeCatalog build(Map<String, ThemeFolder> folders) {
        ThemeFolder districtFolder = folders.get(Theme.DISTRICT);
        ThemeFile districtFile = ThemeFile.read(districtFolder);
        checkLogo(districtFile, districtFolder);
        Theme district = theme(Theme.DISTRICT, districtFile.values(), Theme.DISTRICT, districtFile.description());
        Map<String, Theme> schools = new TreeMap<>();
        for (Map.Entry<String, ThemeFolder> entry : folders.entrySet()) {
            String slug = entry.getKey();
            if (slug.equals(Theme.DISTRICT)) {
                continue;
            }
            ThemeFile schoolFile = ThemeFile.read(entry.getValue());
            Map<ThemeKey, String> merged = new EnumMap<>(districtFile.values());
            merged.putAll(schoolFile.values());
            String logoTheme = Theme.DISTRICT;
            if (schoolFile.sets(ThemeKey.LOGO)) {
                checkLogo(schoolFile, entry.getValue());
                logoTheme = slug;
            }
            schools.put(slug, theme(slug, merged, logoTheme,
                    schoolFile.description() + " (merged over " + districtFile.description() + ")"));
        }
        return new ThemeCatalog(district, schools, folders);
    }

    private static Theme theme(String themeName, Map<ThemeKey, String> values, String logoTheme, String description) {
        try {
            return new Theme(themeName, values, logoTheme);
        } catch (IllegalArgumentException e) {
            throw new ThemeException(description + ", " + e.getMessage(), e);
        }
    }

    private static void checkLogo(ThemeFile file, ThemeFolder folder) {
        String logo = file.values().get(ThemeKey.LOGO);
        if (logo == null) {
            return;
        }
        byte[] bytes = folder.read(logo).orElseThrow(() -> ThemeException.atKey(file.description(),
                ThemeKey.LOGO.key(), "there is no file " + folder.describe(logo) + "; add it or correct the name"));
        try {
            LogoFile.check(logo, bytes);
        } catch (IllegalArgumentException e) {
            throw ThemeException.atKey(file.description(), ThemeKey.LOGO.key(), e.getMessage());
        }
    }

    private static Map<String, ThemeFolder> builtInSchools(ClassLoader classPath) {
        ThemeFolder root = ThemeFolder.onClassPath(classPath, CLASS_PATH_ROOT);
        Optional<byte[]> index = root.read(SCHOOL_INDEX);
        Map<String, ThemeFolder> schools = new LinkedHashMap<>();
        if (index.isEmpty()) {
            return schools;
        }
        String[] lines = new String(index.get(), StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String slug = lines[i].strip();
            if (slug.isEmpty() || slug.startsWith("#")) {
                continue;
            }
            if (!isSlug(slug)) {
                throw new ThemeException(root.describe(SCHOOL_INDEX) + ", line " + (i + 1) + ": '" + slug
                        + "' is not a school slug; use lower-case letters, digits and single hyphens");
            }
            ThemeFolder folder = ThemeFolder.onClassPath(classPath, CLASS_PATH_ROOT + "schools/" + slug + "/");
            if (folder.read(ThemeFile.NAME).isEmpty()) {
                throw new ThemeException(root.describe(SCHOOL_INDEX) + ", line " + (i + 1) + ": lists " + slug
                        + ", but " + folder.describe(ThemeFile.NAME) + " does not exist; add the folder or remove the line");
            }
            schools.put(slug, folder);
        }
        return schools;
    }

    private static Map<String, ThemeFolder> foldersOnDisk(Path themesDirectory) {
        if (!Files.isDirectory(themesDirectory)) {
            throw new ThemeException(themesDirectory + " is not a directory; point the themes setting at a folder");
        }
        Map<String, ThemeFolder> folders = new LinkedHashMap<>();
        Path districtDirectory = themesDirectory.resolve(Theme.DISTRICT);
        if (Files.isRegularFile(districtDirectory.resolve(ThemeFile.NAME))) {
            folders.put(Theme.DISTRICT, ThemeFolder.onDisk(districtDirectory));
        }
        Path schoolsDirectory = themesDirectory.resolve("schools");
        if (!Files.isDirectory(schoolsDirectory)) {
            return folders;
        }
        try (Stream<Path> entries = Files.list(schoolsDirectory)) {
            entries.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(dir -> {
                        String slug = dir.getFileName().toString();
                        if (!isSlug(slug)) {
                            throw new ThemeException(dir + ": the folder name must be the school's slug (lower-case"
                                    + " letters, digits and single hyphens, not '" + Theme.DISTRICT + "'); rename it");
                        }
                        folders.put(slug, ThemeFolder.onDisk(dir));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + schoolsDirectory, e);
        }
        return folders;
    }

    private static boolean isSlug(String text) {
        return text.length() <= MAX_SLUG && SLUG.matcher(text).matches() && !Theme.DISTRICT.equals(text);
    }
}
