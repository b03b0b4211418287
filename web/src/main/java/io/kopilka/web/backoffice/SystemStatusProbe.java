package io.kopilka.web.backoffice;

import io.kopilka.db.embedded.EmbeddedMariaDb;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** Reads the system's state live from the database and the running application. */
@Component
class SystemStatusProbe {

    private final DataSource dataSource;
    private final DSLContext db;
    private final Flyway flyway;
    private final ObjectProvider<EmbeddedMariaDb> embedded;
    private final ObjectProvider<BuildProperties> build;

    SystemStatusProbe(DataSource dataSource, DSLContext db, Flyway flyway, ObjectProvider<EmbeddedMariaDb> embedded,
                      ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.db = db;
        this.flyway = flyway;
        this.embedded = embedded;
        this.build = build;
    }

    SystemStatus read() {
        var current = flyway.info().current();
        EmbeddedMariaDb server = embedded.getIfAvailable();
        BuildProperties buildInfo = build.getIfAvailable();
        return new SystemStatus(
                serverVersion(),
                db.dialect().getName(),
                current == null ? "—" : current.getVersion() + " · " + current.getDescription(),
                server != null ? server.folder().toString() : "external",
                buildInfo != null ? buildInfo.getVersion() : "dev",
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).atZone(ZoneId.systemDefault()),
                ZonedDateTime.now());
    }

    private String serverVersion() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unreachable: " + e.getMessage();
        }
    }
}
