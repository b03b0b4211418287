package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.LoginPage;
import io.kopilka.e2e.support.Browser;
import io.kopilka.e2e.support.KopilkaProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark data generator ({@code bench/target/kopilka-bench.jar generate}, README) at a small scale into a
 * database of its own on the local MariaDB server, then the portal started on that database: the data it wrote must
 * be a programme the application accepts — the ledger's own check passes and a generated customer signs in with the
 * documented password and sees their points.
 */
class GeneratedProgrammeTest {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String DATABASE = "kopilka_generated_check";
    private static final int CUSTOMERS = 2_000;

    private static KopilkaProcess portal;

    @BeforeAll
    static void generateAndStart() throws Exception {
        try (Connection control = control(); Statement sql = control.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Path log = Path.of("target", "generator.log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process generator = new ProcessBuilder(java, "-jar", benchJar().toString(), "generate",
                "--customers=" + CUSTOMERS, "--db-url=" + SERVER + DATABASE, "--db-user=root", "--db-password=")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(generator.waitFor(5, TimeUnit.MINUTES)).as("the generator finishes (see %s)", log).isTrue();
        assertThat(generator.exitValue()).as("the generator's exit code (see %s)", log).isZero();

        portal = KopilkaProcess.startOwn("generated", Map.of("KOPILKA_DB_URL", SERVER + DATABASE,
                "KOPILKA_DB_USER", "root", "KOPILKA_DB_PASSWORD", "", "KOPILKA_DEMO", "false"),
                List.of("--kopilka.jobs.scheduler.enabled=false"));
    }

    @AfterAll
    static void stopAndDrop() throws SQLException {
        if (portal != null) {
            portal.stop();
        }
        try (Connection control = control(); Statement sql = control.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void generatedProgrammeHasItsScaleAndPassesTheLedgersOwnCheck() throws Exception {
        assertThat(count("customer")).isGreaterThanOrEqualTo(CUSTOMERS);
        assertThat(count("orders_order")).isGreaterThanOrEqualTo(5L * CUSTOMERS);
        assertThat(count("ledger_entry")).isGreaterThan(2L * CUSTOMERS);

        HttpResponse<String> check = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl() + "/api/v1/admin/ledger/check"))
                .header("Authorization", "Bearer demo-operator-key").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"ok\":true");
    }

    @Test
    void generatedCustomerSignsInWithTheDocumentedPasswordAndSeesTheirPoints() {
        Browser browser = Browser.open();
        try {
            CabinetPage cabinet = LoginPage.open(browser.driver(), portal.baseUrl())
                    .signInAsCustomer("+79100000011", "demo");

            assertThat(cabinet.path()).isEqualTo("/cabinet");
            assertThat(cabinet.heading()).startsWith("Здравствуйте");
            assertThat(cabinet.availablePoints()).isNotBlank();
        } finally {
            browser.close();
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "root", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection control() throws SQLException {
        return DriverManager.getConnection(SERVER, "root", "");
    }

    private static Path benchJar() throws Exception {
        Path dir = Path.of(System.getProperty("kopilka.bench.dir", "../bench/target")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().equals("kopilka-bench.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No kopilka-bench.jar in " + dir
                            + ": build the bench module first"));
        }
    }
}
