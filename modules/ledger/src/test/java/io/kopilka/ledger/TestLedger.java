package io.kopilka.ledger;

import io.kopilka.db.embedded.TestDatabaseFolder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application context per test JVM, shared by JUnit tests and jqwik properties alike (jqwik has no Spring
 * extension of its own): the ledger against an embedded MariaDB in a fresh {@code target/test-db}.
 */
final class TestLedger {

    private static final AtomicLong MEMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private static final ConfigurableApplicationContext CONTEXT = start();

    private TestLedger() {
    }

    static Ledger ledger() {
        return CONTEXT.getBean(Ledger.class);
    }

    static DSLContext db() {
        return CONTEXT.getBean(DSLContext.class);
    }

    /** A member id no other test uses, so tests share the database without seeing each other's members. */
    static long newMember() {
        return MEMBERS.incrementAndGet();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static Operation op(String network, LocalDateTime time) {
        return new Operation(key(), network, Reason.of("ledger.test", "case", "x"), time);
    }

    private static ConfigurableApplicationContext start() {
        Path dataDir = TestDatabaseFolder.fresh();
        return new SpringApplicationBuilder(LedgerTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "kopilka.data-dir=" + dataDir,
                        "spring.flyway.locations=classpath:db/migration,classpath:db/infrastructure",
                        "spring.datasource.hikari.maximum-pool-size=24",
                        "spring.datasource.hikari.connection-timeout=30000",
                        "logging.level.root=WARN",
                        "logging.level.io.kopilka=INFO")
                .run();
    }
}
