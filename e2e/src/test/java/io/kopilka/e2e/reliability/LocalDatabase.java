package io.kopilka.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of a test's own on the machine's MariaDB server (127.0.0.1:3306, root, no password, as on CI): created
 * empty, used by portals started on it, dropped at the end.
 */
final class LocalDatabase {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    private final String name;

    private LocalDatabase(String name) {
        this.name = name;
    }

    /** Creates an empty database named {@code prefix} and the current time. */
    static LocalDatabase create(String prefix) throws SQLException {
        LocalDatabase database = new LocalDatabase(prefix + System.currentTimeMillis());
        try (Connection control = control(); Statement sql = control.createStatement()) {
            sql.execute("CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return database;
    }

    /** The database's name, to qualify tables in SQL of {@link #control()} connections. */
    String name() {
        return name;
    }

    /** A portal's environment for this database reached at {@code port} (the server's, or a proxy's), demo loaded. */
    Map<String, String> environment(int port) {
        return Map.of("KOPILKA_DB_URL", "jdbc:mysql://127.0.0.1:" + port + "/" + name,
                "KOPILKA_DB_USER", "root", "KOPILKA_DB_PASSWORD", "", "KOPILKA_DEMO", "true");
    }

    void drop() throws SQLException {
        try (Connection control = control(); Statement sql = control.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** A connection to the server itself, as root, for the tests' own SQL. */
    static Connection control() throws SQLException {
        return DriverManager.getConnection(SERVER, "root", "");
    }
}
