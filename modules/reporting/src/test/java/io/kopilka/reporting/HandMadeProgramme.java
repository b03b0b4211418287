package io.kopilka.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small programme written straight into the other modules' tables, as those modules leave them, so that every
 * figure of the reports has an answer that can be worked out by hand (see {@link ProgrammeFiguresTest}).
 */
final class HandMadeProgramme {

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private final JdbcTemplate jdbc;

    HandMadeProgramme(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long person(String registered, String tier) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO customer (id, phone, card_number, tier_code, registered_at) VALUES (?, ?, ?, ?, ?)",
                id, "+7900" + String.format("%07d", id), String.format("%013d", id), tier, at(registered));
        jdbc.update("INSERT INTO ledger_member (member_id) VALUES (?)", id);
        return id;
    }

    void mergedInto(long duplicate, long kept) {
        jdbc.update("UPDATE customer SET merged_into = ? WHERE id = ?", kept, duplicate);
    }

    void tierChange(long customer, String from, String to, String at) {
        jdbc.update("INSERT INTO customer_tier_change (id, customer_id, from_tier, to_tier, reason, changed_at)"
                + " VALUES (?, ?, ?, ?, 'TEST', ?)", IDS.incrementAndGet(), customer, from, to, at(at));
    }

    void order(String network, Long customer, String placed, String total, String returned, String status) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO orders_order (id, network_code, external_id, fingerprint, customer_id, member_id,"
                        + " channel, region_code, placed_at, status, subtotal, discount, total, amount_returned,"
                        + " points_accrued, points_redeemed, calculation, placed_response)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'SHOP', 'MSK', ?, ?, ?, 0, ?, ?, 0, 0, '{}', '{}')",
                id, network, "X-" + id, "f".repeat(64), customer, customer, at(placed), status,
                new BigDecimal(total), new BigDecimal(total), new BigDecimal(returned));
    }

    /** A transfer with its lines: pairs of (account, member or null, amount); returns its id. */
    long transfer(String kind, String network, String at, Object... lines) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO ledger_transfer (id, kind, network_code, reason_code, reason_params, business_time)"
                + " VALUES (?, ?, ?, 'test', '{}', ?)", id, kind, network, at(at));
        for (int i = 0; i < lines.length; i += 3) {
            jdbc.update("INSERT INTO ledger_entry (transfer_id, line_no, account, member_id, amount, business_time)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, i / 3 + 1, lines[i], lines[i + 1], lines[i + 2], at(at));
        }
        return id;
    }

    void lot(long transfer, int line, long member, String network, long points, long remaining, String expires) {
        jdbc.update("INSERT INTO ledger_lot (transfer_id, line_no, member_id, network_code, points, remaining, is_open,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", transfer, line, member, network, points, remaining,
                remaining > 0, at(expires));
    }

    void lotUse(long transfer, long lotTransfer, int lotLine, long points) {
        jdbc.update("INSERT INTO ledger_lot_use (transfer_id, lot_transfer_id, lot_line_no, points) VALUES (?, ?, ?, ?)",
                transfer, lotTransfer, lotLine, points);
    }

    void balances(long member, long available, long pending) {
        jdbc.update("UPDATE ledger_member SET available = ?, pending = ? WHERE member_id = ?", available, pending, member);
    }

    void rfm(long customer, String segment, String asOf) {
        jdbc.update("INSERT INTO customer_rfm (customer_id, as_of, orders_in_window, money_in_window, recency_score,"
                + " frequency_score, monetary_score, segment) VALUES (?, ?, 0, 0, 0, 0, 0, ?)", customer,
                java.time.LocalDate.parse(asOf), segment);
    }

    private static LocalDateTime at(String text) {
        return text.length() == 10 ? LocalDateTime.parse(text + "T10:00:00") : LocalDateTime.parse(text);
    }
}
