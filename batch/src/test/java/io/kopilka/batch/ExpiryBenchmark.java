package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Expiry under the 14-month rule at scale: {@code kopilka.benchmark.lots} open lots (10 per member) of members whose
 * last purchase is older than 14 months, generated set-based, expired by the expiry job; beside it the floor: an
 * identical second set (still active on the job's date) expired by the fewest set-based statements
 * ({@link SetBasedFloors}). Not part of the normal build; see docs/benchmarks.md, "Batch floors":
 *
 * <pre>./mvnw -q -pl batch -am verify -Dtest=ExpiryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkopilka.benchmark.lots=1000000 -Dkopilka.db.buffer-pool=2G [-Dkopilka.expiry.partitions=1]</pre>
 */
@EnabledIfSystemProperty(named = "kopilka.benchmark.lots", matches = "\\d+")
class ExpiryBenchmark extends JobsIntegrationTest {

    private static final long BASE = 7_000_000_000L;
    private static final long FLOOR_BASE = 6_000_000_000L;
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 11);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void chunks(DynamicPropertyRegistry registry) {
        registry.add("kopilka.jobs.chunk-size", () -> System.getProperty("kopilka.jobs.chunk-size", "10000"));
    }

    @Test
    void expiresAMillionLotsOfInactiveMembers() {
        int lots = Integer.parseInt(System.getProperty("kopilka.benchmark.lots"));
        int members = Math.max(1, lots / 10);
        long started = System.nanoTime();
        OpenLots.generate(jdbc, BASE, lots, members, LocalDateTime.of(2024, 1, 10, 12, 0));
        // Active on the run's date (a purchase in June 2025), so the job leaves it to the floor.
        OpenLots.generate(jdbc, FLOOR_BASE, lots, members, LocalDateTime.of(2025, 6, 1, 12, 0));
        long generated = System.nanoTime();

        JobRun run = awaitEnd(jobs.start("expiry", RUN_DATE), 36_000);
        long expired = System.nanoTime();
        SetBasedFloors.Floor floor = new SetBasedFloors(jdbc, transactions).expireInactive(FLOOR_BASE + 1,
                FLOOR_BASE + members, LocalDateTime.of(2025, 7, 1, 0, 0), RUN_DATE.atStartOfDay());
        long floored = System.nanoTime();
        boolean ok = ledger.check().ok();
        long checked = System.nanoTime();

        double job = (expired - generated) / 1e9;
        System.out.printf("BENCHMARK expiry lots=%d members=%d partitions=%s chunk=%s generate=%.1fs expire=%.1fs"
                        + " (%d processed) check=%.1fs ok=%s%n",
                lots, members, System.getProperty("kopilka.expiry.partitions", "2"),
                System.getProperty("kopilka.jobs.chunk-size", "10000"), (generated - started) / 1e9,
                job, run.processed(), (checked - floored) / 1e9, ok);
        System.out.printf("BENCHMARK FLOOR expiry job=%.1fs (%.0f lots/s) floor=%.1fs (%.0f lots/s, %d rows, %.0f rows/s)"
                        + " ratio=%.2f%n", job, lots / job, floor.seconds(), lots / floor.seconds(), floor.rows(),
                floor.rowsPerSecond(), job / floor.seconds());
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(ok).isTrue();
        assertThat(openLots(BASE)).isZero();
        assertThat(openLots(FLOOR_BASE)).isZero();
    }

    private long openLots(long base) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_lot WHERE transfer_id = ? AND is_open", Long.class, base);
    }
}
