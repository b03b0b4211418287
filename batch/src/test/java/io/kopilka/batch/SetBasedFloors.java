package io.kopilka.batch;

import io.kopilka.db.Ids;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floors of the batch benchmarks (docs/benchmarks.md, "Batch floors"): the same row movement as a job's run done
 * directly in the database by the fewest set-based statements over the whole set at once, in one READ COMMITTED
 * transaction — no chunks, no locking reads, no job repository, no application round trips. What the job takes
 * beyond this is the price of its chunking, locking and bookkeeping.
 */
final class SetBasedFloors {

    /** What a floor did: wall time and the rows it wrote or changed. */
    record Floor(double seconds, long rows) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SetBasedFloors(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Settles a {@link DeliveredOrders} set as the settlement job would: a PENDING entry per item and an AVAILABLE
     * entry and a lot per member, the pending sources zeroed, the items marked settled, the balances moved.
     */
    Floor settle(DeliveredOrders set, LocalDateTime asOf, LocalDateTime expiresAt) {
        long firstItem = set.base() + 400_000_000L + 1;
        long lastItem = set.base() + 400_000_000L + set.items();
        return timed(() -> {
            long transfer = header("RELEASE", "gadgets", "order.settled", asOf);
            long rows = 1;
            int pendingLines = jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount,"
                    + " business_time, source_ref)"
                    + " SELECT ?, ROW_NUMBER() OVER (ORDER BY p.member_id, p.source_ref), 'PENDING', p.member_id,"
                    + " -p.points, ?, p.source_ref"
                    + " FROM orders_settlement s STRAIGHT_JOIN ledger_pending p"
                    + " ON p.network_code = s.network_code AND p.source_ref = s.source_ref"
                    + " WHERE s.id BETWEEN ? AND ? AND s.is_open AND p.points > 0",
                    transfer, asOf, firstItem, lastItem);
            rows += pendingLines;
            rows += jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " SELECT ?, ? + ROW_NUMBER() OVER (ORDER BY member_id), 'AVAILABLE', member_id, -SUM(amount), ?"
                    + " FROM ledger_entry WHERE transfer_id = ? AND account = 'PENDING' GROUP BY member_id",
                    transfer, pendingLines, asOf, transfer);
            rows += lots(transfer, "gadgets", expiresAt);
            rows += jdbc.update("UPDATE orders_settlement s STRAIGHT_JOIN ledger_pending p"
                    + " ON p.network_code = s.network_code AND p.source_ref = s.source_ref"
                    + " SET p.points = 0, s.is_open = FALSE, s.settled_at = ? WHERE s.id BETWEEN ? AND ? AND s.is_open",
                    asOf, firstItem, lastItem);
            rows += moveBalances(transfer);
            return rows;
        });
    }

    /**
     * Expires every open lot of the members in {@code (firstMember, lastMember)} whose last purchase is before the
     * cut-off, as the expiry job's "months after the last purchase" step would: a lot use per lot, an AVAILABLE entry
     * per member and one EXPIRED entry, the lots closed, the balances moved.
     */
    Floor expireInactive(long firstMember, long lastMember, LocalDateTime lastPurchaseBefore, LocalDateTime at) {
        return timed(() -> {
            long transfer = header("EXPIRY", "*", "expiry.inactive", at);
            long rows = 1;
            rows += jdbc.update("INSERT INTO ledger_lot_use (transfer_id, lot_transfer_id, lot_line_no, points)"
                    + " SELECT ?, l.transfer_id, l.line_no, l.remaining"
                    + " FROM ledger_member m STRAIGHT_JOIN ledger_lot l ON l.member_id = m.member_id"
                    + " WHERE m.member_id BETWEEN ? AND ? AND m.last_purchase_at < ? AND l.is_open AND l.remaining > 0",
                    transfer, firstMember, lastMember, lastPurchaseBefore);
            rows += jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " SELECT ?, 1 + ROW_NUMBER() OVER (ORDER BY l.member_id), 'AVAILABLE', l.member_id, -SUM(u.points), ?"
                    + " FROM ledger_lot_use u JOIN ledger_lot l"
                    + " ON l.transfer_id = u.lot_transfer_id AND l.line_no = u.lot_line_no"
                    + " WHERE u.transfer_id = ? GROUP BY l.member_id", transfer, at, transfer);
            rows += jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, amount, business_time)"
                    + " SELECT ?, 1, 'EXPIRED', -SUM(amount), ? FROM ledger_entry WHERE transfer_id = ?",
                    transfer, at, transfer);
            rows += jdbc.update("UPDATE ledger_lot_use u STRAIGHT_JOIN ledger_lot l"
                    + " ON l.transfer_id = u.lot_transfer_id AND l.line_no = u.lot_line_no"
                    + " SET l.remaining = 0, l.is_open = FALSE WHERE u.transfer_id = ?", transfer);
            rows += moveBalances(transfer);
            return rows;
        });
    }

    /**
     * Grants {@code points} to every member in {@code [firstMember, lastMember]} as a bulk grant would: one ISSUED
     * entry, an AVAILABLE entry and a lot per member, the balances moved (the members have no debt).
     */
    Floor grant(long firstMember, long lastMember, long points, LocalDateTime at, LocalDateTime expiresAt) {
        return timed(() -> {
            long transfer = header("GRANT", "gadgets", "promotion.grant", at);
            long rows = 1;
            rows += jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " SELECT ?, 1 + ROW_NUMBER() OVER (ORDER BY member_id), 'AVAILABLE', member_id, ?, ?"
                    + " FROM ledger_member WHERE member_id BETWEEN ? AND ?",
                    transfer, points, at, firstMember, lastMember);
            rows += jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, amount, business_time)"
                    + " SELECT ?, 1, 'ISSUED', -SUM(amount), ? FROM ledger_entry WHERE transfer_id = ?",
                    transfer, at, transfer);
            rows += lots(transfer, "gadgets", expiresAt);
            rows += moveBalances(transfer);
            return rows;
        });
    }

    private Floor timed(java.util.function.LongSupplier work) {
        long started = System.nanoTime();
        Long rows = transaction.execute(status -> work.getAsLong());
        return new Floor((System.nanoTime() - started) / 1e9, rows == null ? 0 : rows);
    }

    private long header(String kind, String network, String reason, LocalDateTime at) {
        long transfer = Ids.next();
        jdbc.update("INSERT INTO ledger_transfer (id, kind, network_code, reason_code, reason_params, business_time)"
                + " VALUES (?, ?, ?, ?, '', ?)", transfer, kind, network, reason, at);
        return transfer;
    }

    private int lots(long transfer, String network, LocalDateTime expiresAt) {
        return jdbc.update("INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points, remaining,"
                + " is_open, expires_at) SELECT transfer_id, line_no, member_id, ?, amount, amount, TRUE, ?"
                + " FROM ledger_entry WHERE transfer_id = ? AND account = 'AVAILABLE'", network, expiresAt, transfer);
    }

    /** The balances moved by the transfer's member entries, the moves driving the join as the ledger's own does. */
    private int moveBalances(long transfer) {
        return jdbc.update("UPDATE (SELECT member_id AS m,"
                + " SUM(CASE WHEN account = 'PENDING' THEN amount ELSE 0 END) AS p,"
                + " SUM(CASE WHEN account = 'AVAILABLE' THEN amount ELSE 0 END) AS a"
                + " FROM ledger_entry WHERE transfer_id = ? AND member_id IS NOT NULL GROUP BY member_id) moves"
                + " STRAIGHT_JOIN ledger_member ON ledger_member.member_id = moves.m"
                + " SET ledger_member.pending = ledger_member.pending + moves.p,"
                + " ledger_member.available = ledger_member.available + moves.a", transfer);
    }
}
