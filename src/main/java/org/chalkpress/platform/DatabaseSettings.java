package org.chalkpress.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is. Read straight from MicroProfile Config (so CHALKPRESS_DB_URL and friends work as
 * environment variables) because the connection pool asks for it before CDI is up.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        String dataDir = config.getOptionalValue("chalkpress.data.dir", String.class).orElse("./data");
        String url = nonBlank(config.getOptionalValue("chalkpress.db.url", String.class))
                .orElseGet(() -> defaultH2Url(dataDir));
        String user = nonBlank(config.getOptionalValue("chalkpress.db.user", String.class))
                .orElse(url.startsWith("jdbc:h2:") ? "sa" : "chalkpress");
        String password = config.getOptionalValue("chalkpress.db.password", String.class).orElse("");
        return new DatabaseSettings(url, user, password);
    }

    static String defaultH2Url(String dataDir) {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("chalkpress");
        // LEGACY mode keeps IDENTITY(), which EclipseLink uses to read generated keys on H2.
        return "jdbc:h2:file:" + file + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
