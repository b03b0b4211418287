package io.kopilka.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The number of rows in the tables a request could write to (orders, ledger, people, keys, promotions, settings,
 * audit log), and the checksums of the settings tables whose rows change in place; taken in one query.
 */
final class RowCounts {

    private static final List<String> COUNTED = List.of("orders_order", "orders_operation", "orders_return",
            "orders_shipment", "orders_revision", "ledger_entry", "ledger_transfer", "ledger_payout", "customer",
            "company", "user_account", "user_role", "api_key", "audit_entry", "promo_promotion", "notification_template",
            "notification_language", "network", "region", "tier");
    /** Not {@code job_schedule}: the scheduler writes its last firing there while the test runs. */
    private static final String CHECKSUMMED = "programme_policies, tier, network, region, notification_template, "
            + "api_key, user_role";

    private final JdbcTemplate jdbc;
    private final String countQuery;

    RowCounts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.countQuery = "SELECT " + String.join(", ", COUNTED.stream()
                .map(table -> "(SELECT COUNT(*) FROM " + table + ") AS " + table).toList());
    }

    /** The counts and checksums now. */
    Map<String, Long> now() {
        Map<String, Long> all = new LinkedHashMap<>();
        jdbc.queryForMap(countQuery).forEach((table, count) -> all.put(table, ((Number) count).longValue()));
        jdbc.query("CHECKSUM TABLE " + CHECKSUMMED, row -> {
            all.put("checksum " + row.getString(1), row.getLong(2));
        });
        return all;
    }

    /** What differs between two snapshots, for a failure message. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changed = new StringBuilder();
        before.forEach((table, value) -> {
            if (!value.equals(after.get(table))) {
                changed.append(table).append(' ').append(value).append("→").append(after.get(table)).append("; ");
            }
        });
        return changed.toString();
    }
}
