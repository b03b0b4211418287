package io.kopilka.batch;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Available points held in open lots, written set-based straight into the ledger's tables: one granted transfer
 * (id {@code base}) whose AVAILABLE entries of 10 points each become lots without an own expiry date (the "months
 * after the last purchase" rule), spread round-robin over the members {@code base + 1 … base + members}, whose last
 * purchase is {@code lastPurchase}.
 */
final class OpenLots {

    private static final int BATCH = 100_000;

    private OpenLots() {
    }

    static void generate(JdbcTemplate jdbc, long base, int lots, int members, LocalDateTime lastPurchase) {
        String at = "'" + lastPurchase.toString().replace('T', ' ') + "'";
        jdbc.update("INSERT INTO ledger_member (member_id, last_purchase_at)"
                + " SELECT " + base + " + seq, " + at + " FROM seq_1_to_" + members);
        jdbc.update("INSERT INTO ledger_transfer (id, kind, network_code, reason_code, reason_params, business_time)"
                + " VALUES (" + base + ", 'GRANT', 'gadgets', 'promotion.grant', '', " + at + ")");
        for (int from = 1; from <= lots; from += BATCH) {
            String seq = "seq_" + from + "_to_" + Math.min(lots, from + BATCH - 1);
            String member = base + " + (seq - 1) % " + members + " + 1";
            jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " SELECT " + base + ", 2 * seq - 1, 'AVAILABLE', " + member + ", 10, " + at + " FROM " + seq
                    + " UNION ALL SELECT " + base + ", 2 * seq, 'ISSUED', NULL, -10, " + at + " FROM " + seq);
            jdbc.update("INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points, remaining,"
                    + " is_open, expires_at) SELECT " + base + ", 2 * seq - 1, " + member
                    + ", 'gadgets', 10, 10, TRUE, '2999-12-31' FROM " + seq);
        }
        jdbc.update("UPDATE ledger_member SET available = 10 * (SELECT COUNT(*) FROM ledger_lot l"
                + " WHERE l.member_id = ledger_member.member_id AND l.is_open) WHERE member_id BETWEEN ? AND ?",
                base + 1, base + members);
    }
}
