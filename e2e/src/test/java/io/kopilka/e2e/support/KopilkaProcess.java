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
import java.util.stream.Stream;

/**
 * The deployable jar ({@code web/target/kopilka-*.jar}) started as its own process on a free port, as README's
 * run command starts it: embedded MariaDB in a fresh folder, demo programme loaded. One per test JVM.
 */
public final class KopilkaProcess {

    private static KopilkaProcess running;

    private final Process process;
    private final int port;

    private KopilkaProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The running portal, started on first use and stopped when the test JVM exits. */
    public static synchronized KopilkaProcess get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "stop-kopilka"));
        }
        return running;
    }

    /** The portal's base URL, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    private static KopilkaProcess start() {
        try {
            Path jar = findJar();
            Path target = Path.of("target").toAbsolutePath(); // the e2e module's own build folder
            Path dataDir = target.resolve("e2e-data");
            deleteRecursively(dataDir);
            Files.createDirectories(target);
            int port = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-jar", jar.toString(),
                    "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(target.resolve("e2e-app.log").toFile());
            builder.environment().remove("KOPILKA_DB_URL");
            builder.environment().put("KOPILKA_DATA_DIR", dataDir.toString());
            KopilkaProcess started = new KopilkaProcess(builder.start(), port);
            started.awaitHealthy(Duration.ofMinutes(3));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kopilka exited with " + process.exitValue() + "; see e2e/target/e2e-app.log");
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
        throw new IllegalStateException("Kopilka did not become healthy within " + timeout + "; see e2e/target/e2e-app.log");
    }

    private void stop() {
        process.destroy(); // SIGTERM: Spring closes the pool, then stops the embedded MariaDB
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
