package io.kopilka.bench.generate;

import io.kopilka.bench.Options;
import io.kopilka.db.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The database the generator writes to: the one the application would use with the same settings — an external
 * server when {@code KOPILKA_DB_URL} is set, otherwise the embedded MariaDB in {@code KOPILKA_DATA_DIR}.
 */
final class Database implements AutoCloseable {

    private final EmbeddedMariaDb embedded;
    private final String url;
    private final String user;
    private final String password;

    private Database(EmbeddedMariaDb embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static Database open(Options options) {
        String url = options.text("db-url", System.getenv("KOPILKA_DB_URL"));
        if (url != null && !url.isBlank()) {
            return new Database(null, url, options.text("db-user", System.getenv("KOPILKA_DB_USER")),
                    options.text("db-password", System.getenv("KOPILKA_DB_PASSWORD")));
        }
        String dataDir = options.text("data-dir", System.getenv().getOrDefault("KOPILKA_DATA_DIR",
                System.getProperty("user.home") + "/.kopilka/data"));
        EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of(dataDir), "kopilka");
        return new Database(server, server.jdbcUrl(), server.username(), server.password());
    }

    /** Brings the schema to the application's version with its own migrations (nothing to do when it already is). */
    void migrate() {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/infrastructure")
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Where the embedded server keeps its files, or null for an external server. */
    Path folder() {
        return embedded == null ? null : embedded.folder();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
