package io.kopilka.bench.generate;

/**
 * The ledger of the generated orders, as the order processing and the settlement would have written it (ADR 0006):
 * an accrual per order with points (ISSUED → PENDING, with its pending source), a void per cancelled order, one bulk
 * release per chunk, day and network for the settled retail orders (PENDING → AVAILABLE, a lot per order), a release
 * per delivered B2B batch, and the redemptions that spend the previous order's lot (AVAILABLE → REDEEMED, with the lot
 * use). The balances follow in {@link BalancesStage}.
 */
final class LedgerStage implements Stage {

    private static final String TRANSFER = "INSERT INTO ledger_transfer (id, kind, network_code, idempotency_key, fingerprint,"
            + " member_id, reason_code, reason_params, business_time, source_ref) SELECT ";
    private static final String ENTRY = "INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount,"
            + " business_time, source_ref) SELECT ";
    private static final String LOT = "INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points,"
            + " remaining, is_open, expires_at) SELECT ";
    /** Lots under the "after the last purchase" rule carry no date of their own (as the order processing writes). */
    private static final String NO_OWN_EXPIRY = "TIMESTAMP '2999-12-31 00:00:00'";
    private static final String SOURCE = "CONCAT('order:', o.external_id)";
    private static final String PARAMS = "CONCAT('order=', o.external_id)";

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        Stage.inChunks(scale.orders(), scale.chunk(), (from, to) -> {
            String range = " FROM " + OrdersStage.WORK_TABLE + " o WHERE o.seq BETWEEN " + from + " AND " + to;
            accruals(sql, range);
            voids(sql, range);
            retailReleases(sql, range);
            batchReleases(sql, range, 1);
            batchReleases(sql, range, 2);
            redemptions(sql, scale, from, to);
            sql.run("INSERT INTO ledger_pending (network_code, source_ref, member_id, points) SELECT o.network, " + SOURCE
                    + ", o.member_id, IF(o.cancelled, 0, o.points - o.released1 - o.released2)" + range
                    + " AND o.member_id IS NOT NULL AND o.points > 0");
        });
    }

    private static void accruals(Sql sql, String range) {
        String where = range + " AND o.member_id IS NOT NULL AND o.points > 0";
        String key = "CONCAT('order:', o.external_id, ':accrue')";
        sql.run(TRANSFER + Scale.ACCRUAL_ID + " + o.seq, 'ACCRUAL', o.network, " + key + ", SHA2(" + key + ", 256),"
                + " o.member_id, 'order.purchase', " + PARAMS + ", o.placed_at, " + SOURCE + where);
        sql.run(ENTRY + Scale.ACCRUAL_ID + " + o.seq, 1, 'ISSUED', NULL, -o.points, o.placed_at, NULL" + where);
        sql.run(ENTRY + Scale.ACCRUAL_ID + " + o.seq, 2, 'PENDING', o.member_id, o.points, o.placed_at, " + SOURCE + where);
    }

    private static void voids(Sql sql, String range) {
        String where = range + " AND o.cancelled AND o.member_id IS NOT NULL AND o.points > 0";
        String key = "CONCAT('order:', o.external_id, ':cancel-void')";
        String at = "o.placed_at + INTERVAL 2 HOUR";
        sql.run(TRANSFER + Scale.VOID_ID + " + o.seq, 'VOID', o.network, " + key + ", SHA2(" + key + ", 256), o.member_id,"
                + " 'order.cancelled', " + PARAMS + ", " + at + ", " + SOURCE + where);
        sql.run(ENTRY + Scale.VOID_ID + " + o.seq, 1, 'PENDING', o.member_id, -o.points, " + at + ", " + SOURCE + where);
        sql.run(ENTRY + Scale.VOID_ID + " + o.seq, 2, 'ISSUED', NULL, o.points, " + at + ", NULL" + where);
    }

    /** The settlement's bulk transfers: one per chunk, day and network, two lines and a lot per order. */
    private static void retailReleases(Sql sql, String range) {
        String where = range + " AND NOT o.business AND o.released1 > 0";
        sql.run(TRANSFER + "o.lot_transfer, 'RELEASE', MIN(o.network), NULL, NULL, NULL, 'order.settled', '',"
                + " MIN(o.release_time), NULL" + where + " GROUP BY o.lot_transfer");
        sql.run(ENTRY + "o.lot_transfer, o.lot_line - 1, 'PENDING', o.member_id, -o.released1, o.release_time, " + SOURCE
                + where);
        sql.run(ENTRY + "o.lot_transfer, o.lot_line, 'AVAILABLE', o.member_id, o.released1, o.release_time, NULL" + where);
        sql.run(LOT + "o.lot_transfer, o.lot_line, o.member_id, o.network, o.released1, o.released1 - o.lot_spent,"
                + " o.released1 > o.lot_spent, " + NO_OWN_EXPIRY + where);
    }

    /** A delivered B2B batch settles on its own: a transfer keyed by its settlement item, as the settlement writes it. */
    private static void batchReleases(Sql sql, String range, int batch) {
        String id = Scale.BATCH_RELEASE_ID + " + 2 * o.seq + " + (batch - 1);
        String released = "o.released" + batch;
        String at = "o.ship" + batch + "_delivered";
        String key = "CONCAT('settle:', " + Scale.SETTLEMENT_ID + " + 2 * o.seq + " + (batch - 1) + ")";
        String where = range + " AND o.business AND " + released + " > 0";
        sql.run(TRANSFER + id + ", 'RELEASE', o.network, " + key + ", SHA2(" + key + ", 256), o.member_id,"
                + " 'order.batchDelivered', " + PARAMS + ", " + at + ", " + SOURCE + where);
        sql.run(ENTRY + id + ", 1, 'PENDING', o.member_id, -" + released + ", " + at + ", NULL" + where);
        sql.run(ENTRY + id + ", 2, 'AVAILABLE', o.member_id, " + released + ", " + at + ", NULL" + where);
        sql.run(LOT + id + ", 2, o.member_id, o.network, " + released + ", " + released + ", TRUE, " + NO_OWN_EXPIRY + where);
    }

    /** Spending the previous order's lot: the redemption comes with the order, before its accrual. */
    private static void redemptions(Sql sql, Scale scale, long from, long to) {
        String key = "CONCAT('order:', o.external_id, ':redeem')";
        String where = " FROM " + OrdersStage.WORK_TABLE + " o WHERE o.seq BETWEEN " + from + " AND " + to
                + " AND o.redeemed > 0";
        sql.run(TRANSFER + Scale.REDEMPTION_ID + " + o.seq, 'REDEMPTION', o.network, " + key + ", SHA2(" + key + ", 256),"
                + " o.member_id, 'order.redeemed', " + PARAMS + ", o.placed_at, " + SOURCE + where);
        sql.run(ENTRY + Scale.REDEMPTION_ID + " + o.seq, 1, 'AVAILABLE', o.member_id, -o.redeemed, o.placed_at, "
                + SOURCE + where);
        sql.run(ENTRY + Scale.REDEMPTION_ID + " + o.seq, 2, 'REDEEMED', NULL, o.redeemed, o.placed_at, NULL" + where);
        sql.run("INSERT INTO ledger_lot_use (transfer_id, lot_transfer_id, lot_line_no, points) SELECT "
                + Scale.REDEMPTION_ID + " + o.seq, p.lot_transfer, p.lot_line, o.redeemed FROM "
                + OrdersStage.WORK_TABLE + " o STRAIGHT_JOIN " + OrdersStage.WORK_TABLE + " p ON p.seq = o.seq - "
                + scale.customers() + " WHERE o.seq BETWEEN " + from + " AND " + to + " AND o.redeemed > 0");
    }
}
