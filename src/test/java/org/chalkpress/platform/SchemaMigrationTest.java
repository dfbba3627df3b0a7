package org.chalkpress.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migration history in db/ applies cleanly, and a newer schema than the code knows is refused. */
class SchemaMigrationTest {

    private static DataSource freshH2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        ds.setUser("sa");
        return ds;
    }

    private static Flyway flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
    }

    @Test
    void theWholeHistoryAppliesToAnEmptyDatabase() {
        Flyway flyway = flyway(freshH2("migrate"));
        assertTrue(flyway.migrate().migrationsExecuted >= 4);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start applies nothing");
    }

    @Test
    void aSchemaMigratedByANewerReleaseIsRefusedWithAClearMessage() throws Exception {
        DataSource ds = freshH2("future");
        flyway(ds).migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SchemaVersionCheck.refuseNewerSchema(flyway(ds).info()));
        assertTrue(refused.getMessage().contains("version 999"), refused.getMessage());
        assertTrue(refused.getMessage().contains("newer than this version of Chalkpress"));
    }
}
