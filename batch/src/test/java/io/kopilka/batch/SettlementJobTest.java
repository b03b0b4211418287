package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settlement job with its items split into two partitions by account and chunks of three: every delivered order
 * is settled exactly once, whichever partition takes it, also across a failure and a restart.
 */
class SettlementJobTest extends JobsIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDueOrderIsSettledOnceByThePartitionsAndTheProgressCountsEachOnce() {
        DeliveredOrders set = DeliveredOrders.generate(jdbc, 1_100_000_000L, 41, 7, LocalDateTime.of(2033, 1, 10, 12, 0));

        JobRun run = runToEnd("settlement", LocalDate.of(2033, 1, 31));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.processed()).as("each item counted once, not again by the partitions' manager")
                .isGreaterThanOrEqualTo(41).isEqualTo(run.total());
        assertSettled(set);
        assertThat(openItems(set)).isZero();
        assertThat(ledger.check().ok()).isTrue();

        List<Long> before = available(set);
        JobRun again = jobs.start("settlement", LocalDate.of(2033, 1, 31));
        assertThat(again.runId()).isEqualTo(run.runId());
        assertThat(available(set)).isEqualTo(before);
    }

    @Test
    void aRunThatFailsInOnePartitionAndIsRestartedEndsWithTheLedgerOfAnUninterruptedRun() {
        DeliveredOrders clean = DeliveredOrders.generate(jdbc, 1_200_000_000L, 30, 9, LocalDateTime.of(2033, 2, 10, 12, 0));
        JobRun uninterrupted = runToEnd("settlement", LocalDate.of(2033, 2, 28));
        assertThat(uninterrupted.status()).isEqualTo("COMPLETED");

        DeliveredOrders interrupted = DeliveredOrders.generate(jdbc, 1_300_000_000L, 30, 9,
                LocalDateTime.of(2033, 3, 10, 12, 0));
        FaultInjection.failOnCall("releaseSources", 3);
        JobRun failed = runToEnd("settlement", LocalDate.of(2033, 3, 31));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("Injected failure");
        assertThat(openItems(interrupted)).as("the failed chunk rolled back, its partition stopped").isPositive();

        JobRun restarted = awaitEnd(jobs.start("settlement", LocalDate.of(2033, 3, 31)));
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.runId()).isNotEqualTo(failed.runId());

        assertSettled(interrupted);
        assertThat(available(interrupted)).isEqualTo(available(clean));
        assertThat(openItems(interrupted)).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    private void assertSettled(DeliveredOrders set) {
        for (long member : set.memberIds()) {
            assertThat(ledger.balances(member, LocalDateTime.of(2040, 1, 1, 0, 0)).available())
                    .as("member %d", member).isEqualTo(set.pointsOf(member));
            assertThat(ledger.balances(member, LocalDateTime.of(2040, 1, 1, 0, 0)).pending()).isZero();
        }
    }

    private List<Long> available(DeliveredOrders set) {
        return set.memberIds().stream()
                .map(m -> ledger.balances(m, LocalDateTime.of(2040, 1, 1, 0, 0)).available()).toList();
    }

    private long openItems(DeliveredOrders set) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders_settlement WHERE is_open AND member_id BETWEEN ? AND ?",
                Long.class, set.base() + 1, set.base() + set.members());
    }
}
