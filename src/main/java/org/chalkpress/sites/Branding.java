package org.chalkpress.sites;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.chalkpress.platform.ChalkpressConfig;
import org.chalkpress.sites.theme.Theme;
import org.chalkpress.sites.theme.ThemeAsset;
import org.chalkpress.sites.theme.ThemeCatalog;

/**
 * The district's themes (clause OFFICIAL), loaded once at start-up from the themes directory, with the
 * themes built into the application as the fallback.
 */
@ApplicationScoped
public class Branding {

    private static final Logger LOG = Logger.getLogger(Branding.class.getName());

    @Inject
    ChalkpressConfig config;

    @Inject
    SiteDirectory directory;

    private ThemeCatalog catalog;
    private final ConcurrentHashMap<Long, String> schoolSlugs = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        ClassLoader classPath = Branding.class.getClassLoader();
        if (Files.isDirectory(config.themesDir())) {
            catalog = ThemeCatalog.load(config.themesDir(), classPath);
            LOG.info(() -> "Themes loaded from " + config.themesDir());
        } else {
            catalog = ThemeCatalog.fromClassPath(classPath);
        }
    }

    public Theme district() {
        return catalog.district();
    }

    public Theme themeFor(ClassSite site) {
        String slug = schoolSlugs.computeIfAbsent(site.schoolId(),
                id -> directory.school(id).map(School::slug).orElse(""));
        return catalog.themeFor(slug);
    }

    public Optional<ThemeAsset> asset(String themeName, String fileName) {
        return catalog.asset(themeName, fileName);
    }
}
