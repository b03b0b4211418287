package io.kopilka.bench.generate;

/** Fresh statistics for the optimizer on the grown tables, and the work table dropped. */
final class FinishStage implements Stage {

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        sql.run("DROP TABLE IF EXISTS " + OrdersStage.WORK_TABLE);
        sql.text("ANALYZE TABLE customer, company, customer_tier_change, user_account, user_role, orders_order, orders_line,"
                + " orders_payment, orders_shipment, orders_settlement, ledger_member, ledger_transfer, ledger_entry, ledger_lot,"
                + " ledger_lot_use, ledger_pending, promo_challenge_progress, promo_grant");
    }
}
