package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settlement of the monthly peak: {@code kopilka.benchmark.items} delivered orders (10 per member) due on one date,
 * generated set-based straight into the orders' and the ledger's tables (accrual entries, pending sources, balances,
 * delivered orders, settlement items) and settled by the job. Not part of the normal build; see docs/benchmarks.md:
 *
 * <pre>./mvnw -q -pl batch -am verify -Dtest=SettlementBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkopilka.benchmark.items=1000000 [-Dkopilka.settlement.chunk-size=500]</pre>
 */
@EnabledIfSystemProperty(named = "kopilka.benchmark.items", matches = "\\d+")
class SettlementBenchmark extends JobsIntegrationTest {

    private static final int BATCH = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void settlesTheMonthlyPeak() {
        int items = Integer.parseInt(System.getProperty("kopilka.benchmark.items"));
        int members = Math.max(1, items / 10);
        long started = System.nanoTime();
        generate(items, members);
        long generated = System.nanoTime();

        JobRun run = awaitEnd(jobs.start("settlement", LocalDate.of(2026, 1, 31)), 36_000);
        long settled = System.nanoTime();
        boolean ok = ledger.check().ok();
        long checked = System.nanoTime();

        System.out.printf("BENCHMARK items=%d members=%d chunk=%s generate=%.1fs settle=%.1fs (%d processed, run %s→%s)"
                        + " check=%.1fs ok=%s%n", items, members, System.getProperty("kopilka.settlement.chunk-size", "default"),
                (generated - started) / 1e9, (settled - generated) / 1e9, run.processed(), run.startedAt(), run.endedAt(),
                (checked - settled) / 1e9, ok);
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.processed()).isEqualTo(items);
        assertThat(jdbc.queryForObject("SELECT SUM(available) FROM ledger_member WHERE member_id > 9000000000",
                Long.class)).isEqualTo(10L * items);
        assertThat(ok).isTrue();
    }

    private void generate(int items, int members) {
        jdbc.update("INSERT INTO ledger_member (member_id, pending, last_purchase_at)"
                + " SELECT 9000000000 + seq, 0, '2026-01-05 10:00:00' FROM seq_1_to_" + members);
        jdbc.update("INSERT INTO ledger_transfer (id, kind, network_code, reason_code, reason_params, business_time)"
                + " VALUES (8999999999, 'ACCRUAL', 'gadgets', 'order.purchase', '', '2026-01-05 10:00:00')");
        for (int from = 1; from <= items; from += BATCH) {
            String seq = "seq_" + from + "_to_" + Math.min(items, from + BATCH - 1);
            String member = "9000000000 + (seq - 1) % " + members + " + 1";
            jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time, source_ref)"
                    + " SELECT 8999999999, 2 * seq - 1, 'PENDING', " + member + ", 10, '2026-01-05 10:00:00',"
                    + " CONCAT('order:BENCH-', seq) FROM " + seq
                    + " UNION ALL SELECT 8999999999, 2 * seq, 'ISSUED', NULL, -10, '2026-01-05 10:00:00',"
                    + " CONCAT('order:BENCH-', seq) FROM " + seq);
            jdbc.update("INSERT INTO ledger_pending (network_code, source_ref, member_id, points)"
                    + " SELECT 'gadgets', CONCAT('order:BENCH-', seq), " + member + ", 10 FROM " + seq);
            jdbc.update("INSERT INTO orders_order (id, network_code, external_id, fingerprint, member_id, channel,"
                    + " region_code, placed_at, status, subtotal, discount, total, points_accrued, points_redeemed,"
                    + " calculation, placed_response, delivered_at)"
                    + " SELECT 7000000000 + seq, 'gadgets', CONCAT('BENCH-', seq), REPEAT('0', 64), " + member + ", 'WEB',"
                    + " 'MSK', '2026-01-05 10:00:00', 'DELIVERED', 1000, 0, 1000, 10, 0, '{}', '{}', '2026-01-10 10:00:00'"
                    + " FROM " + seq);
            jdbc.update("INSERT INTO orders_settlement (id, network_code, source_ref, order_id, member_id, due_at)"
                    + " SELECT 6000000000 + seq, 'gadgets', CONCAT('order:BENCH-', seq), 7000000000 + seq, " + member + ","
                    + " '2026-01-10 10:00:00' FROM " + seq);
        }
        jdbc.update("UPDATE ledger_member SET pending = 10 * (SELECT COUNT(*) FROM ledger_pending p"
                + " WHERE p.member_id = ledger_member.member_id) WHERE member_id > 9000000000");
    }
}
