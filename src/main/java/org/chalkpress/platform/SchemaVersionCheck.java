package org.chalkpress.platform;

import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Refuses to run against a schema that a newer Chalkpress has already migrated. */
public final class SchemaVersionCheck {

    private SchemaVersionCheck() {
    }

    public static void refuseNewerSchema(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String known = Arrays.stream(info.all())
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("none");
            throw new IllegalStateException("The database schema is at version "
                    + future[future.length - 1].getVersion() + ", newer than this version of Chalkpress understands"
                    + " (up to " + known + "). Start the newer Chalkpress release that migrated it,"
                    + " or restore a backup made with this release. Nothing was changed.");
        }
    }
}
