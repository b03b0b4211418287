package io.kopilka.reporting;

import io.kopilka.db.embedded.TestDatabaseFolder;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reporting module against a real MariaDB: the embedded one in a fresh folder under {@code target/} (or the
 * server named by {@code KOPILKA_DB_URL}). Subclasses share one context and one database; the benchmark writes its
 * own ids from 1, so it runs alone ({@code -Dtest=RollUpBenchmark}).
 */
@SpringBootTest(classes = ReportingTestApplication.class)
abstract class ReportingIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @Autowired
    protected ReportRollUp rollUp;
    @Autowired
    protected Reports reports;
    @Autowired
    protected JdbcTemplate jdbc;
}
