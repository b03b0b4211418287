package io.kopilka.batch;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivered orders awaiting settlement, written set-based straight into the orders' and the ledger's tables: each
 * order earned 10 pending points for one of the set's members (orders spread round-robin), with its accrual entries,
 * pending source, balance and open settlement item due at one moment. Ids start at {@code base}, so sets never meet.
 *
 * @param base     the first id of the set's members (transfers, orders and items use ranges above it)
 * @param items    how many orders
 * @param members  how many members share them
 */
record DeliveredOrders(long base, int items, int members) {

    private static final int BATCH = 100_000;

    /** Writes the set, due at {@code dueAt}. */
    static DeliveredOrders generate(JdbcTemplate jdbc, long base, int items, int members, LocalDateTime dueAt) {
        DeliveredOrders set = new DeliveredOrders(base, items, members);
        set.write(jdbc, dueAt);
        return set;
    }

    /** The members' ids, ascending. */
    List<Long> memberIds() {
        return java.util.stream.LongStream.rangeClosed(base + 1, base + members).boxed().toList();
    }

    /** Points each member earned: 10 per order. */
    long pointsOf(long memberId) {
        long index = memberId - base - 1;
        long orders = items / members + (index < items % members ? 1 : 0);
        return 10 * orders;
    }

    private void write(JdbcTemplate jdbc, LocalDateTime dueAt) {
        String placed = "'" + dueAt.minusDays(5).toString().replace('T', ' ') + "'";
        String due = "'" + dueAt.toString().replace('T', ' ') + "'";
        long transfer = base;
        long orderIds = base + 200_000_000L;
        long itemIds = base + 400_000_000L;
        String prefix = "D" + base + "-";
        jdbc.update("INSERT INTO ledger_member (member_id, pending, last_purchase_at)"
                + " SELECT " + base + " + seq, 0, " + placed + " FROM seq_1_to_" + members);
        jdbc.update("INSERT INTO ledger_transfer (id, kind, network_code, reason_code, reason_params, business_time)"
                + " VALUES (" + transfer + ", 'ACCRUAL', 'gadgets', 'order.purchase', '', " + placed + ")");
        for (int from = 1; from <= items; from += BATCH) {
            String seq = "seq_" + from + "_to_" + Math.min(items, from + BATCH - 1);
            String member = base + " + (seq - 1) % " + members + " + 1";
            String source = "CONCAT('order:" + prefix + "', seq)";
            jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time, source_ref)"
                    + " SELECT " + transfer + ", 2 * seq - 1, 'PENDING', " + member + ", 10, " + placed + ", " + source
                    + " FROM " + seq
                    + " UNION ALL SELECT " + transfer + ", 2 * seq, 'ISSUED', NULL, -10, " + placed + ", " + source
                    + " FROM " + seq);
            jdbc.update("INSERT INTO ledger_pending (network_code, source_ref, member_id, points)"
                    + " SELECT 'gadgets', " + source + ", " + member + ", 10 FROM " + seq);
            jdbc.update("INSERT INTO orders_order (id, network_code, external_id, fingerprint, member_id, channel,"
                    + " region_code, placed_at, status, subtotal, discount, total, points_accrued, points_redeemed,"
                    + " calculation, placed_response, delivered_at)"
                    + " SELECT " + orderIds + " + seq, 'gadgets', CONCAT('" + prefix + "', seq), REPEAT('0', 64), "
                    + member + ", 'WEB', 'MSK', " + placed + ", 'DELIVERED', 1000, 0, 1000, 10, 0, '{}', '{}', " + due
                    + " FROM " + seq);
            jdbc.update("INSERT INTO orders_settlement (id, network_code, source_ref, order_id, member_id, due_at)"
                    + " SELECT " + itemIds + " + seq, 'gadgets', " + source + ", " + orderIds + " + seq, " + member
                    + ", " + due + " FROM " + seq);
        }
        jdbc.update("UPDATE ledger_member SET pending = 10 * (SELECT COUNT(*) FROM ledger_pending p"
                + " WHERE p.member_id = ledger_member.member_id) WHERE member_id BETWEEN ? AND ?", base + 1,
                base + members);
    }
}
