package io.kopilka.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The roll-ups and the overview at scale, run only on request ({@code -Dkopilka.benchmark.customers=100000}): N people,
 * 10·N orders over two years in three networks, and per four orders four accruals, a grant and a redemption of it in
 * another network (15·N transfers, 30·N ledger entries), generated set-based with MariaDB's sequence tables. Prints
 * one line starting with {@code BENCHMARK} and the plans of the statements (docs/benchmarks.md, "Reporting").
 */
@EnabledIfSystemProperty(named = "kopilka.benchmark.customers", matches = "\\d+")
class RollUpBenchmark extends ReportingIntegrationTest {

    @Test
    void rollUpAndOverviewAtScale() {
        int people = Integer.getInteger("kopilka.benchmark.customers");
        int orders = people * 10;
        long t0 = System.nanoTime();
        jdbc.execute("INSERT INTO customer (id, phone, card_number, tier_code, registered_at)"
                + " SELECT seq, CONCAT('+7', LPAD(seq, 10, '0')), LPAD(seq, 13, '0'), ELT(1 + seq % 3, 'START', 'SILVER', 'GOLD'),"
                + " TIMESTAMP '2024-01-01 09:00:00' + INTERVAL (seq % 700) DAY FROM seq_1_to_" + people);
        jdbc.execute("INSERT INTO ledger_member (member_id, available, pending, last_purchase_at)"
                + " SELECT seq, seq % 7, 0, NULL FROM seq_1_to_" + people);
        jdbc.execute("INSERT INTO customer_tier_change (id, customer_id, from_tier, to_tier, reason, changed_at)"
                + " SELECT seq, seq, NULL, ELT(1 + seq % 3, 'START', 'SILVER', 'GOLD'), 'REGISTRATION',"
                + " TIMESTAMP '2024-01-01 09:00:00' + INTERVAL (seq % 700) DAY FROM seq_1_to_" + people);
        jdbc.execute("INSERT INTO customer_rfm (customer_id, as_of, orders_in_window, money_in_window, recency_score,"
                + " frequency_score, monetary_score, segment) SELECT seq, DATE '2025-12-01', 0, 0, 0, 0, 0,"
                + " ELT(1 + seq % 5, 'NEW', 'ACTIVE', 'LOYAL', 'AT_RISK', 'CHURNED') FROM seq_1_to_" + people);
        String placed = "TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (seq % 700) DAY + INTERVAL (seq % 36000) SECOND";
        jdbc.execute("INSERT INTO orders_order (id, network_code, external_id, fingerprint, customer_id, member_id,"
                + " channel, region_code, placed_at, status, subtotal, discount, total, amount_returned,"
                + " points_accrued, points_redeemed, calculation, placed_response)"
                + " SELECT seq, ELT(1 + seq % 3, 'gadgets', 'home', 'service'), CONCAT('B', seq), REPEAT('f', 64),"
                + " IF(seq % 10 = 0, NULL, 1 + seq % " + people + "), IF(seq % 10 = 0, NULL, 1 + seq % " + people + "),"
                + " 'SHOP', 'MSK', " + placed + ", IF(seq % 50 = 0, 'CANCELLED', 'DELIVERED'), 1000, 0, 1000, 0, 10, 0,"
                + " '{}', '{}' FROM seq_1_to_" + orders);
        long offset = 10_000_000_000L;
        // an accrual per order
        jdbc.execute("INSERT INTO ledger_transfer (id, kind, network_code, member_id, reason_code, reason_params, business_time)"
                + " SELECT " + offset + " + seq, 'ACCRUAL', ELT(1 + seq % 3, 'gadgets', 'home', 'service'),"
                + " 1 + seq % " + people + ", 'b', '{}', " + placed + " FROM seq_1_to_" + orders);
        jdbc.execute("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                + " SELECT " + offset + " + seq, 1, 'ISSUED', NULL, -10, " + placed + " FROM seq_1_to_" + orders);
        jdbc.execute("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                + " SELECT " + offset + " + seq, 2, 'PENDING', 1 + seq % " + people + ", 10, " + placed
                + " FROM seq_1_to_" + orders);
        // per four orders a grant (with its lot) and its redemption in the next network
        int grants = orders / 4;
        long g = 2 * offset;
        long r = 3 * offset;
        jdbc.execute("INSERT INTO ledger_transfer (id, kind, network_code, member_id, reason_code, reason_params, business_time)"
                + " SELECT " + g + " + seq, 'GRANT', ELT(1 + seq % 3, 'gadgets', 'home', 'service'), 1 + seq % " + people
                + ", 'b', '{}', " + placed + " FROM seq_1_to_" + grants);
        jdbc.execute("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                + " SELECT " + g + " + s.seq, l.seq, IF(l.seq = 1, 'ISSUED', 'AVAILABLE'), IF(l.seq = 1, NULL, 1 + s.seq % "
                + people + "), IF(l.seq = 1, -20, 20), TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (s.seq % 700) DAY"
                + " + INTERVAL (s.seq % 36000) SECOND FROM seq_1_to_" + grants + " s CROSS JOIN seq_1_to_2 l");
        jdbc.execute("INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points, remaining, is_open, expires_at)"
                + " SELECT " + g + " + seq, 2, 1 + seq % " + people + ", ELT(1 + seq % 3, 'gadgets', 'home', 'service'), 20, 0,"
                + " FALSE, TIMESTAMP '2027-01-01 00:00:00' FROM seq_1_to_" + grants);
        String later = "TIMESTAMP '2024-01-01 20:00:00' + INTERVAL (seq % 700) DAY";
        jdbc.execute("INSERT INTO ledger_transfer (id, kind, network_code, member_id, reason_code, reason_params, business_time)"
                + " SELECT " + r + " + seq, 'REDEMPTION', ELT(1 + (seq + 1) % 3, 'gadgets', 'home', 'service'), 1 + seq % "
                + people + ", 'b', '{}', " + later + " FROM seq_1_to_" + grants);
        jdbc.execute("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                + " SELECT " + r + " + s.seq, l.seq, IF(l.seq = 1, 'AVAILABLE', 'REDEEMED'), IF(l.seq = 1, 1 + s.seq % "
                + people + ", NULL), IF(l.seq = 1, -20, 20), TIMESTAMP '2024-01-01 20:00:00' + INTERVAL (s.seq % 700) DAY"
                + " FROM seq_1_to_" + grants + " s CROSS JOIN seq_1_to_2 l");
        jdbc.execute("INSERT INTO ledger_lot_use (transfer_id, lot_transfer_id, lot_line_no, points)"
                + " SELECT " + r + " + seq, " + g + " + seq, 2, 20 FROM seq_1_to_" + grants);
        jdbc.execute("ANALYZE TABLE customer, orders_order, ledger_transfer, ledger_entry, ledger_lot, ledger_lot_use,"
                + " ledger_member, customer_tier_change, customer_rfm");
        long generated = System.nanoTime() - t0;
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Long.class);

        LocalDate asOf = LocalDate.of(2025, 12, 1);
        long t1 = System.nanoTime();
        LocalDate day = rollUp.firstDayToFill(asOf).orElseThrow();
        int days = 0;
        while (!day.isAfter(asOf)) {
            LocalDate to = day.plusDays(30).isAfter(asOf) ? asOf : day.plusDays(30);
            days += rollUp.fillDays(day, to);
            day = to.plusDays(1);
        }
        long history = System.nanoTime() - t1;
        long t2 = System.nanoTime();
        rollUp.fillDays(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1));
        long oneDay = System.nanoTime() - t2;
        long t3 = System.nanoTime();
        rollUp.snapshot(asOf);
        long snapshot = System.nanoTime() - t3;

        reports.overview(new ReportFilter(LocalDate.of(2024, 12, 1), asOf, null));
        long t4 = System.nanoTime();
        Overview all = reports.overview(new ReportFilter(LocalDate.of(2024, 12, 1), asOf, null));
        long overview = System.nanoTime() - t4;
        long t5 = System.nanoTime();
        reports.overview(new ReportFilter(LocalDate.of(2024, 1, 1), asOf, "home"));
        long overviewNetwork = System.nanoTime() - t5;
        assertThat(all.totals().orders()).isPositive();
        assertThat(all.totals().crossNetworkShare().percent()).isEqualByComparingTo("100.0");

        for (String sql : List.of(
                "SELECT * FROM report_day WHERE day BETWEEN '2024-12-01' AND '2025-12-01'",
                "SELECT COUNT(*) FROM orders_order o WHERE o.placed_at >= '2025-11-01' AND o.placed_at < '2025-11-02'",
                "SELECT COUNT(*) FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id"
                        + " WHERE t.business_time >= '2025-11-01' AND t.business_time < '2025-11-02'")) {
            for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + sql)) {
                System.out.println("PLAN " + sql + " → " + row);
            }
        }
        System.out.printf("BENCHMARK people=%d orders=%d entries=%d generate=%s history(%d days)=%s oneDay=%s"
                        + " snapshot=%s overview(12 months, all)=%s overview(23 months, home)=%s%n", people, orders,
                entries, Duration.ofNanos(generated), days, Duration.ofNanos(history), Duration.ofNanos(oneDay),
                Duration.ofNanos(snapshot), Duration.ofNanos(overview), Duration.ofNanos(overviewNetwork));
    }
}
