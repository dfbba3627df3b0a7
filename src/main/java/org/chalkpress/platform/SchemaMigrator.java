package org.chalkpress.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chalkpress.wiki.WikiFullTextIndex;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date at start-up, before anything else touches it. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DatabaseDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Migrations that differ per database are Java; each is one version in the one history.
                .javaMigrations(new WikiFullTextIndex())
                .load();
        SchemaVersionCheck.refuseNewerSchema(flyway.info());
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database schema is current (" + applied + " migration(s) applied now)");
    }
}
