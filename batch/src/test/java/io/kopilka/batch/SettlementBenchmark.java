package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.ExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Settlement of the monthly peak: {@code kopilka.benchmark.items} delivered orders (10 per member) due on one date,
 * generated set-based straight into the orders' and the ledger's tables (accrual entries, pending sources, balances,
 * delivered orders, settlement items) and settled by the job; beside it the floor: an identical second set settled by
 * the fewest set-based statements ({@link SetBasedFloors}). Not part of the normal build; see docs/benchmarks.md:
 *
 * <pre>./mvnw -q -pl batch -am verify -Dtest=SettlementBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkopilka.benchmark.items=1000000 [-Dkopilka.settlement.chunk-size=500] [-Dkopilka.settlement.partitions=1]</pre>
 */
@Import(SettlementBenchmark.Timed.class)
@EnabledIfSystemProperty(named = "kopilka.benchmark.items", matches = "\\d+")
class SettlementBenchmark extends JobsIntegrationTest {

    private static final long BASE = 9_000_000_000L;
    /** The floor's identical set, due later so the job leaves it alone. */
    private static final long FLOOR_BASE = 8_000_000_000L;

    private static final StatementTimings TIMINGS = new StatementTimings();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void chunks(DynamicPropertyRegistry registry) {
        registry.add("kopilka.settlement.chunk-size", () -> System.getProperty("kopilka.settlement.chunk-size", "10000"));
        registry.add("kopilka.settlement.partitions", () -> System.getProperty("kopilka.settlement.partitions", "2"));
    }

    @TestConfiguration
    static class Timed {
        @Bean
        DefaultConfigurationCustomizer statementTimings() {
            return configuration -> configuration.set(configuration.executeListenerProviders().length == 0
                    ? new ExecuteListenerProvider[] {() -> TIMINGS}
                    : append(configuration.executeListenerProviders()));
        }

        private static ExecuteListenerProvider[] append(ExecuteListenerProvider[] providers) {
            ExecuteListenerProvider[] all = java.util.Arrays.copyOf(providers, providers.length + 1);
            all[providers.length] = () -> TIMINGS;
            return all;
        }
    }

    @Test
    void settlesTheMonthlyPeak() {
        int items = Integer.parseInt(System.getProperty("kopilka.benchmark.items"));
        int members = Math.max(1, items / 10);
        long started = System.nanoTime();
        DeliveredOrders.generate(jdbc, BASE, items, members, LocalDateTime.of(2026, 1, 10, 10, 0));
        DeliveredOrders floorSet = DeliveredOrders.generate(jdbc, FLOOR_BASE, items, members,
                LocalDateTime.of(2026, 2, 10, 10, 0));
        long generated = System.nanoTime();

        JobRun run = awaitEnd(jobs.start("settlement", LocalDate.of(2026, 1, 31)), 36_000);
        long settled = System.nanoTime();
        SetBasedFloors.Floor floor = new SetBasedFloors(jdbc, transactions).settle(floorSet,
                LocalDateTime.of(2026, 1, 31, 0, 0), LocalDateTime.of(2999, 12, 31, 0, 0));
        long floored = System.nanoTime();
        boolean ok = ledger.check().ok();
        long checked = System.nanoTime();

        System.out.printf("BENCHMARK items=%d members=%d chunk=%s partitions=%s generate=%.1fs settle=%.1fs (%d processed, run %s→%s)"
                        + " check=%.1fs ok=%s%n", items, members, System.getProperty("kopilka.settlement.chunk-size", "10000"),
                System.getProperty("kopilka.settlement.partitions", "2"),
                (generated - started) / 1e9, (settled - generated) / 1e9, run.processed(), run.startedAt(), run.endedAt(),
                (checked - floored) / 1e9, ok);
        double job = (settled - generated) / 1e9;
        System.out.printf("BENCHMARK FLOOR settlement job=%.1fs (%.0f items/s) floor=%.1fs (%.0f items/s, %d rows, %.0f rows/s)"
                        + " ratio=%.2f%n", job, items / job, floor.seconds(), items / floor.seconds(), floor.rows(),
                floor.rowsPerSecond(), job / floor.seconds());
        System.out.println("BENCHMARK statements (jOOQ, render + execute + fetch):\n" + TIMINGS.report());
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.processed()).isEqualTo(items);
        assertThat(jdbc.queryForObject("SELECT SUM(available) FROM ledger_member WHERE member_id > ?",
                Long.class, BASE)).isEqualTo(10L * items);
        assertThat(jdbc.queryForObject("SELECT SUM(available) FROM ledger_member WHERE member_id BETWEEN ? AND ?",
                Long.class, FLOOR_BASE, BASE)).isEqualTo(10L * items);
        assertThat(ok).isTrue();
    }
}
