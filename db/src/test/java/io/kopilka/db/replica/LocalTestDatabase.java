package io.kopilka.db.replica;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of a test's own on the local MariaDB server ({@code 127.0.0.1:3306}, root without a password, as on CI;
 * {@code KOPILKA_TEST_SERVER_URL}, {@code _USER}, {@code _PASSWORD} name another): created empty, or migrated like the
 * primary to stand for its replica.
 */
public final class LocalTestDatabase {

    private static final String SERVER = env("KOPILKA_TEST_SERVER_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("KOPILKA_TEST_SERVER_USER", "root");
    private static final String PASSWORD = env("KOPILKA_TEST_SERVER_PASSWORD", "");
    private static final String OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true";

    private final String name;

    private LocalTestDatabase(String name) {
        this.name = name;
    }

    /**
     * A new empty database for the application to migrate, named {@code name} and this JVM's process id, so builds
     * running side by side on one server do not drop each other's databases.
     */
    public static LocalTestDatabase empty(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("A test database name of lower-case letters, digits and _, not " + name);
        }
        LocalTestDatabase database = new LocalTestDatabase(name + "_" + ProcessHandle.current().pid());
        database.onServer("DROP DATABASE IF EXISTS " + database.name, "CREATE DATABASE " + database.name
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    /** A fresh database with every migration applied, as a replica of a primary at the same version has. */
    public static LocalTestDatabase migrated(String name) {
        LocalTestDatabase database = empty(name);
        Flyway.configure().dataSource(database.url(), USER, PASSWORD)
                .locations("classpath:db/migration", "classpath:db/infrastructure")
                .load().migrate();
        return database;
    }

    /** Points the application's primary data source at {@code primary} and its replica pool at {@code replica}. */
    public static void register(DynamicPropertyRegistry registry, LocalTestDatabase primary, LocalTestDatabase replica) {
        registry.add("spring.datasource.url", primary::url);
        registry.add("spring.datasource.username", primary::user);
        registry.add("spring.datasource.password", primary::password);
        registry.add("kopilka.replica.url", replica::url);
        registry.add("kopilka.replica.username", replica::user);
        registry.add("kopilka.replica.password", replica::password);
    }

    public String url() {
        return SERVER + name + OPTIONS;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** Runs one statement with its parameters in this database, as root: how a test puts rows only here. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), USER, PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on " + name + ": " + sql, e);
        }
    }

    /** Drops the database; connections still open to it fail at their next statement. */
    public void drop() {
        onServer("DROP DATABASE IF EXISTS " + name);
    }

    private void onServer(String... statements) {
        try (Connection connection = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The local database server " + SERVER + " is needed by this test (as on CI;"
                    + " KOPILKA_TEST_SERVER_URL, _USER, _PASSWORD name another)", e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
