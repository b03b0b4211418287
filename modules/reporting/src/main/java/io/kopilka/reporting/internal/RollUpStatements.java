package io.kopilka.reporting.internal;

import static io.kopilka.db.Tables.REPORT_FILLED_DAY;

import io.kopilka.reporting.ReportRollUp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-ups, filled by set-based {@code INSERT … SELECT … GROUP BY} statements over the orders', ledger's and
 * customers' tables (the one place the reporting module reads other modules' tables; ADR 0018). The statements are
 * written as SQL text so that the EXPLAIN plans in docs/reporting.md are of exactly these statements. They run READ
 * COMMITTED: an {@code INSERT … SELECT} under REPEATABLE READ would share-lock every order and entry it reads and hold
 * up the order processing for the length of the statement.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class RollUpStatements implements ReportRollUp {

    /** Network code of the snapshot rows for the whole programme (as the ledger's programme-wide transfers). */
    static final String ALL = "*";
    /** Months without a purchase after which an account no longer counts as active (the programme's 14-month rule). */
    static final int ACTIVE_WINDOW_MONTHS = 14;

    private static final String ORDERS_PER_DAY = """
            INSERT INTO report_day (day, network_code, orders, identified_orders, repeat_orders, revenue)
            SELECT d, network_code, COUNT(*), SUM(identified), SUM(repeated), SUM(revenue) FROM (
              SELECT CAST(o.placed_at AS DATE) AS d, o.network_code,
                     CASE WHEN o.customer_id IS NULL THEN 0 ELSE 1 END AS identified,
                     CASE WHEN o.customer_id IS NOT NULL AND EXISTS (
                       SELECT 1 FROM orders_order p
                       WHERE p.customer_id = o.customer_id AND p.status <> 'CANCELLED'
                         AND (p.placed_at < o.placed_at OR (p.placed_at = o.placed_at AND p.id < o.id)))
                     THEN 1 ELSE 0 END AS repeated,
                     o.total - o.amount_returned AS revenue
              FROM orders_order o
              WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status <> 'CANCELLED') x
            GROUP BY d, network_code""";

    /** Accrued: what accruals and grants took from the programme's ISSUED account; redeemed: what redemptions spent. */
    private static final String POINTS_PER_DAY = """
            INSERT INTO report_day (day, network_code, points_accrued, points_redeemed)
            SELECT d, network_code, SUM(accrued), SUM(redeemed) FROM (
              SELECT CAST(t.business_time AS DATE) AS d, t.network_code,
                     CASE WHEN e.account = 'ISSUED' THEN -e.amount ELSE 0 END AS accrued,
                     CASE WHEN e.account = 'REDEEMED' THEN e.amount ELSE 0 END AS redeemed
              FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id
              WHERE t.business_time >= ? AND t.business_time < ?
                AND ((t.kind IN ('ACCRUAL', 'GRANT') AND e.account = 'ISSUED')
                  OR (t.kind = 'REDEMPTION' AND e.account = 'REDEEMED'))) x
            GROUP BY d, network_code
            ON DUPLICATE KEY UPDATE points_accrued = VALUES(points_accrued), points_redeemed = VALUES(points_redeemed)""";

    /**
     * Through the lots used: expired points count in the network they were earned in (an expiry run's transfer is
     * programme-wide), redeemed points in the network they were spent in, and cross-network when the lot was earned
     * elsewhere — the same tracing as {@code Ledger.attribution}, grouped per day.
     */
    private static final String LOT_USES_PER_DAY = """
            INSERT INTO report_day (day, network_code, points_expired, redeemed_from_lots, redeemed_cross_network)
            SELECT d, network_code, SUM(expired), SUM(from_lots), SUM(cross_network) FROM (
              SELECT CAST(t.business_time AS DATE) AS d,
                     CASE WHEN t.kind = 'EXPIRY' THEN l.network_code ELSE t.network_code END AS network_code,
                     CASE WHEN t.kind = 'EXPIRY' THEN u.points ELSE 0 END AS expired,
                     CASE WHEN t.kind = 'REDEMPTION' THEN u.points ELSE 0 END AS from_lots,
                     CASE WHEN t.kind = 'REDEMPTION' AND l.network_code <> t.network_code THEN u.points ELSE 0 END
                       AS cross_network
              FROM ledger_transfer t
              JOIN ledger_lot_use u ON u.transfer_id = t.id
              JOIN ledger_lot l ON l.transfer_id = u.lot_transfer_id AND l.line_no = u.lot_line_no
              WHERE t.business_time >= ? AND t.business_time < ? AND t.kind IN ('EXPIRY', 'REDEMPTION')) x
            GROUP BY d, network_code
            ON DUPLICATE KEY UPDATE points_expired = VALUES(points_expired),
              redeemed_from_lots = VALUES(redeemed_from_lots), redeemed_cross_network = VALUES(redeemed_cross_network)""";

    /** A duplicate merged into another registration was never a member of its own. */
    private static final String NEW_MEMBERS_PER_DAY = """
            INSERT INTO report_members_day (day, new_members)
            SELECT CAST(registered_at AS DATE), COUNT(*) FROM customer
            WHERE registered_at >= ? AND registered_at < ? AND merged_into IS NULL
            GROUP BY CAST(registered_at AS DATE)""";

    private static final String MEMBERS = """
            SELECT COUNT(*) FROM customer WHERE registered_at < ? AND merged_into IS NULL""";

    private static final String BUYERS_PER_NETWORK = """
            SELECT network_code, COUNT(DISTINCT customer_id) FROM orders_order
            WHERE placed_at < ? AND customer_id IS NOT NULL AND status <> 'CANCELLED'
            GROUP BY network_code""";

    /**
     * Accounts with a non-zero balance (available plus pending) at the end of the date and a purchase within the 14
     * months before it, per network and (ROLLUP's row with a null network) for the whole programme, where an account
     * active in two networks counts once. The balance at the date is today's minus what was posted after it: the
     * transfers after a recent date are few, so no pass over all 20 million entries is needed.
     */
    private static final String ACTIVE_ACCOUNTS = """
            SELECT o.network_code, COUNT(DISTINCT o.member_id)
            FROM orders_order o
            JOIN (SELECT m.member_id FROM ledger_member m
                  LEFT JOIN (SELECT e.member_id, SUM(e.amount) AS later
                             FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id
                             WHERE t.business_time >= ? AND e.account IN ('AVAILABLE', 'PENDING')
                               AND e.member_id IS NOT NULL
                             GROUP BY e.member_id) a ON a.member_id = m.member_id
                  WHERE m.available + m.pending - COALESCE(a.later, 0) <> 0) b ON b.member_id = o.member_id
            WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status <> 'CANCELLED'
            GROUP BY o.network_code WITH ROLLUP""";

    /**
     * Each person's tier at the end of the date: the latest change before it. The tier given at registration (no
     * from_tier) counts only when there is no later change: a change stamped a moment before the registration row (as
     * the demo programme's assigned tiers are) still follows it.
     */
    private static final String TIERS = """
            INSERT INTO report_tier (as_of, tier_code, customers)
            SELECT ?, tier, COUNT(*) FROM (
              SELECT COALESCE((SELECT t.to_tier FROM customer_tier_change t
                               WHERE t.customer_id = c.id AND t.changed_at < ?
                               ORDER BY t.from_tier IS NOT NULL DESC, t.changed_at DESC, t.id DESC LIMIT 1),
                              c.tier_code) AS tier
              FROM customer c WHERE c.registered_at < ? AND c.merged_into IS NULL) x
            GROUP BY tier""";

    private static final String SEGMENTS_ALL = """
            INSERT INTO report_segment (as_of, network_code, segment, customers, revenue)
            SELECT ?, '*', r.segment, COUNT(*), COALESCE(SUM(s.revenue), 0)
            FROM customer_rfm r
            LEFT JOIN (SELECT customer_id, SUM(total - amount_returned) AS revenue FROM orders_order
                       WHERE customer_id IS NOT NULL AND status <> 'CANCELLED' AND placed_at < ?
                       GROUP BY customer_id) s ON s.customer_id = r.customer_id
            GROUP BY r.segment""";

    private static final String SEGMENTS_PER_NETWORK = """
            INSERT INTO report_segment (as_of, network_code, segment, customers, revenue)
            SELECT ?, o.network_code, r.segment, COUNT(DISTINCT o.customer_id), SUM(o.total - o.amount_returned)
            FROM customer_rfm r
            JOIN orders_order o ON o.customer_id = r.customer_id AND o.status <> 'CANCELLED' AND o.placed_at < ?
            GROUP BY o.network_code, r.segment""";

    private final DSLContext db;

    RollUpStatements(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Optional<LocalDate> firstDayToFill(LocalDate asOf) {
        LocalDateTime end = asOf.plusDays(1).atStartOfDay();
        // Each minimum is one step down an index (placed_at, business_time, registered_at: V17).
        List<LocalDateTime> firsts = new ArrayList<>();
        for (String sql : List.of("SELECT MIN(placed_at) FROM orders_order WHERE placed_at < ?",
                "SELECT MIN(business_time) FROM ledger_transfer WHERE business_time < ?",
                "SELECT MIN(registered_at) FROM customer WHERE registered_at < ?")) {
            LocalDateTime first = db.fetchSingle(sql, end).get(0, LocalDateTime.class);
            if (first != null) {
                firsts.add(first);
            }
        }
        if (firsts.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = firsts.stream().min(LocalDateTime::compareTo).orElseThrow().toLocalDate();
        LocalDate refresh = asOf.minusDays(1).isBefore(start) ? start : asOf.minusDays(1);
        // The first gap: the filled days from the start are contiguous up to it.
        TreeSet<LocalDate> filled = new TreeSet<>(db.fetch(
                        "SELECT day FROM report_filled_day WHERE day >= ? AND day < ? ORDER BY day", start, refresh)
                .map(r -> r.get(0, LocalDate.class)));
        LocalDate day = start;
        while (day.isBefore(refresh) && filled.contains(day)) {
            day = day.plusDays(1);
        }
        return Optional.of(day);
    }

    @Override
    public int fillDays(LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        db.execute("DELETE FROM report_day WHERE day >= ? AND day <= ?", from, to);
        db.execute("DELETE FROM report_members_day WHERE day >= ? AND day <= ?", from, to);
        db.execute(ORDERS_PER_DAY, start, end);
        db.execute(POINTS_PER_DAY, start, end);
        db.execute(LOT_USES_PER_DAY, start, end);
        db.execute(NEW_MEMBERS_PER_DAY, start, end);
        db.execute("DELETE FROM report_filled_day WHERE day >= ? AND day <= ?", from, to);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        var marks = db.insertInto(REPORT_FILLED_DAY, REPORT_FILLED_DAY.DAY, REPORT_FILLED_DAY.FILLED_AT);
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            marks = marks.values(day, now);
            days++;
        }
        marks.execute();
        return days;
    }

    @Override
    public void snapshot(LocalDate asOf) {
        LocalDateTime end = asOf.plusDays(1).atStartOfDay();
        db.execute("DELETE FROM report_snapshot WHERE as_of = ?", asOf);
        db.execute("DELETE FROM report_tier WHERE as_of = ?", asOf);
        db.execute("DELETE FROM report_segment WHERE as_of = ?", asOf);

        Map<String, Long> members = new HashMap<>();
        members.put(ALL, db.fetchSingle(MEMBERS, end).get(0, Long.class));
        db.fetch(BUYERS_PER_NETWORK, end).forEach(r -> members.put(r.get(0, String.class), r.get(1, Long.class)));
        Map<String, Long> active = new HashMap<>();
        db.fetch(ACTIVE_ACCOUNTS, end, end.minusMonths(ACTIVE_WINDOW_MONTHS), end).forEach(r -> {
            String network = r.get(0, String.class);
            active.put(network == null ? ALL : network, r.get(1, Long.class));
        });
        LocalDate rfmAsOf = db.fetchSingle("SELECT MAX(as_of) FROM customer_rfm").get(0, LocalDate.class);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Map.Entry<String, Long> m : members.entrySet()) {
            db.execute("""
                    INSERT INTO report_snapshot (as_of, network_code, members, active_accounts, rfm_as_of, computed_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", asOf, m.getKey(), m.getValue(), active.getOrDefault(m.getKey(), 0L),
                    rfmAsOf, now);
        }
        db.execute(TIERS, asOf, end, end);
        db.execute(SEGMENTS_ALL, asOf, end);
        db.execute(SEGMENTS_PER_NETWORK, asOf, end);
    }
}
