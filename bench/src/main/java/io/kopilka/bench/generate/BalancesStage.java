package io.kopilka.bench.generate;

/**
 * The members' balance rows, from the work table's per-order figures and the challenge grants rather than from the
 * entries written — so the ledger's own check, which compares both, verifies the generation.
 */
final class BalancesStage implements Stage {

    @Override
    public String name() {
        return "balances";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        Stage.inChunks(scale.customers(), scale.chunk(), (from, to) ->
                members(sql, Scale.CUSTOMER_ID + from, Scale.CUSTOMER_ID + to));
        members(sql, Scale.COMPANY_ID + 1, Scale.COMPANY_ID + scale.companies());
        sql.run("INSERT INTO ledger_member (member_id, available) SELECT member_id, points FROM promo_grant"
                + " WHERE promotion_id = " + PromotionsStage.CHALLENGE_ID
                + " ON DUPLICATE KEY UPDATE available = available + VALUES(available)");
    }

    private static void members(Sql sql, long from, long to) {
        sql.run("INSERT INTO ledger_member (member_id, pending, available, reserved, debt, last_purchase_at)"
                + " SELECT o.member_id, SUM(IF(o.cancelled, 0, o.points - o.released1 - o.released2)),"
                + " SUM(o.released1 + o.released2 - o.lot_spent), 0, 0, MAX(o.placed_at)"
                + " FROM " + OrdersStage.WORK_TABLE + " o WHERE o.member_id BETWEEN " + from + " AND " + to
                + " AND o.points > 0 GROUP BY o.member_id");
    }
}
