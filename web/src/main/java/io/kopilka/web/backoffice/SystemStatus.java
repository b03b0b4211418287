package io.kopilka.web.backoffice;

import java.time.ZonedDateTime;

/** What staff see of the running system: the database, its schema version, where its data lives and since when it runs. */
record SystemStatus(String databaseServer, String sqlDialect, String schemaVersion, String dataLocation,
                    String applicationVersion, ZonedDateTime startedAt, ZonedDateTime checkedAt) {
}
