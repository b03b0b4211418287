package io.kopilka.web.support;

import io.kopilka.db.embedded.TestDatabaseFolder;
import java.net.http.HttpClient;
import java.nio.file.Path;
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

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    /** GET on the API as an integration with {@code key} would make it. */
    protected java.net.http.HttpResponse<String> apiGet(String path, String key) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                    .header("Authorization", "Bearer " + key).header("Accept", "application/json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
