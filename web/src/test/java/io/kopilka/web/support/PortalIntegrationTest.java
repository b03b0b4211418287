package io.kopilka.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against a real MariaDB: the embedded one in a fresh folder under
 * {@code target/}, or the server named by {@code KOPILKA_DB_URL}. All subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kopilka.demo.enabled=true", "logging.level.org.springframework.security=INFO"})
public abstract class PortalIntegrationTest {

    private static final Path DATA_DIR = freshDataDir();

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path freshDataDir() {
        Path dir = Path.of("target", "test-db").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
