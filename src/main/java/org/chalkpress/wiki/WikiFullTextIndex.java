package org.chalkpress.wiki;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 70, in Java because it differs per database while the history stays one: on PostgreSQL each wiki
 * page keeps a weighted full-text document (title above text) in a generated column with a GIN index, so
 * search ranks with the database's own full-text search and never reads every page. H2 has no such index;
 * there {@link WikiSearch} matches words itself, which is fine for the embedded, single-school case.
 */
public class WikiFullTextIndex implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("70");
    }

    @Override
    public String getDescription() {
        return "wiki full text index (PostgreSQL)";
    }

    @Override
    public Integer getChecksum() {
        return 70_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE wiki_page ADD COLUMN search_document tsvector GENERATED ALWAYS AS ("
                    + "setweight(to_tsvector('simple'::regconfig, title), 'A') || "
                    + "setweight(to_tsvector('simple'::regconfig, live_text), 'B')) STORED");
            sql.execute("CREATE INDEX wiki_page_search ON wiki_page USING GIN (search_document)");
        }
    }
}
