package io.kopilka.bench.generate;

import static io.kopilka.bench.generate.Sql.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Promotions as marketers would have launched them: the standing extra cashback for SBP and cash, an ended brand
 * promotion, and a running challenge ("three purchases for the home") in which an eighth of the people have progress;
 * those who reached three units got its bonus — a grant with its own lot, valid 120 days.
 */
final class PromotionsStage implements Stage {

    static final long CHALLENGE_ID = Scale.PROMOTION_ID + 3;
    static final long BONUS = 500;
    private static final String CHALLENGE_NAME = "Три покупки для дома";

    @Override
    public String name() {
        return "promotions";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        String start = scale.startLiteral();
        String end = scale.endLiteral();
        String columns = "INSERT INTO promo_promotion (id, name, type, status, starts_at, ends_at, percent, payment_methods,"
                + " target_kind, target_values, threshold_units, points, points_valid_days, created_by, created_at, updated_at)"
                + " VALUES ";
        sql.run(columns + "(" + (Scale.PROMOTION_ID + 1) + ", 'Кешбэк +1 п. п. за СБП и наличные', 'PAYMENT_CASHBACK',"
                + " 'ACTIVE', " + start + ", NULL, 1.000, 'CASH,SBP', NULL, '', NULL, NULL, NULL, 'marketer', " + start
                + ", " + start + ")");
        sql.run(columns + "(" + (Scale.PROMOTION_ID + 2) + ", 'Двойной кешбэк на наушники Sonic', 'EXTRA_CASHBACK', 'ENDED', "
                + start + " + INTERVAL 60 DAY, " + start + " + INTERVAL 90 DAY, 1.500, '', 'BRAND', 'Sonic', NULL, NULL, NULL,"
                + " 'marketer', " + start + " + INTERVAL 50 DAY, " + start + " + INTERVAL 90 DAY)");
        sql.run(columns + "(" + CHALLENGE_ID + ", '" + CHALLENGE_NAME + "', 'CHALLENGE', 'ACTIVE', " + end + " - INTERVAL 90 DAY, "
                + end + " + INTERVAL 30 DAY, NULL, '', 'CATEGORY', 'fridges,kitchen,vacuum,washers', 3, " + BONUS + ", 120,"
                + " 'marketer', " + end + " - INTERVAL 95 DAY, " + end + " - INTERVAL 95 DAY)");
        String units = "(1 + " + pick("units", "seq", 3) + ")";
        String completed = end + " - INTERVAL (1 + " + pick("done", "seq", 60) + ") DAY + INTERVAL 11 HOUR";
        String taking = " WHERE " + pick("challenge", "seq", 8) + " = 0 AND NOT " + People.buyer("seq");
        String done = taking + " AND " + units + " = 3";
        String reason = "promotion=" + URLEncoder.encode(CHALLENGE_NAME, StandardCharsets.UTF_8);
        long grant = Scale.GRANT_ID;
        Stage.inChunks(scale.customers(), scale.chunk(), (from, to) -> {
            sql.run("INSERT INTO promo_challenge_progress (promotion_id, customer_id, units, amount, completed_at) SELECT "
                    + CHALLENGE_ID + ", " + People.customerId("seq") + ", " + units + ", " + units + " * 15000.00,"
                    + " IF(" + units + " = 3, " + completed + ", NULL)" + " FROM seq_" + from + "_to_" + to + taking);
            sql.run("INSERT INTO promo_grant (promotion_id, member_id, customer_id, points, granted_at, expires_at) SELECT "
                    + CHALLENGE_ID + ", " + People.customerId("seq") + ", " + People.customerId("seq") + ", " + BONUS + ", "
                    + completed + ", " + completed + " + INTERVAL 120 DAY" + " FROM seq_" + from + "_to_" + to + done);
            String key = "CONCAT('promotion:" + CHALLENGE_ID + ":', " + People.customerId("seq") + ")";
            sql.run("INSERT INTO ledger_transfer (id, kind, network_code, idempotency_key, fingerprint, member_id, reason_code,"
                    + " reason_params, business_time) SELECT " + grant + " + seq, 'GRANT', 'home', " + key + ", SHA2(" + key
                    + ", 256), " + People.customerId("seq") + ", 'promotion.grant', '" + reason + "', " + completed
                    + " FROM seq_" + from + "_to_" + to + done);
            String entry = "INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " SELECT " + grant + " + seq, ";
            sql.run(entry + "1, 'ISSUED', NULL, -" + BONUS + ", " + completed + " FROM seq_" + from + "_to_" + to + done);
            sql.run(entry + "2, 'AVAILABLE', " + People.customerId("seq") + ", " + BONUS + ", " + completed
                    + " FROM seq_" + from + "_to_" + to + done);
            sql.run("INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points, remaining, is_open,"
                    + " expires_at) SELECT " + grant + " + seq, 2, " + People.customerId("seq") + ", 'home', " + BONUS + ", "
                    + BONUS + ", TRUE, " + completed + " + INTERVAL 120 DAY" + " FROM seq_" + from + "_to_" + to + done);
        });
    }
}
