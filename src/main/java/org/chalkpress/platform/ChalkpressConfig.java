package org.chalkpress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's settings in one typed place (each is also an environment variable, e.g. CHALKPRESS_DEMO). */
@ApplicationScoped
public class ChalkpressConfig {

    @Inject
    @ConfigProperty(name = "chalkpress.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "chalkpress.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "chalkpress.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chalkpress.themes.dir", defaultValue = "./themes")
    String themesDir;

    @Inject
    @ConfigProperty(name = "chalkpress.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "chalkpress.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "chalkpress.district.name", defaultValue = "Riverbend Unified School District")
    String districtName;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The public address, without a trailing slash, used in feeds and e-mails. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean demo() {
        return demo;
    }

    public Path themesDir() {
        return Path.of(themesDir).toAbsolutePath().normalize();
    }

    public Optional<String> adminUsername() {
        return adminUsername.map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isEmpty());
    }

    public String districtName() {
        return districtName;
    }
}
