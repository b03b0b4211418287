package io.kopilka.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.replica.LocalTestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report with a replica configured: primary and "replica" are two databases of their own on the local MariaDB
 * server, the second migrated alike but never replicated into, so the figures show which one the report read and
 * which one the roll-up wrote.
 */
@DirtiesContext
class ReplicaReportsTest extends ReportingIntegrationTest {

    private static final LocalTestDatabase PRIMARY = LocalTestDatabase.empty("kopilka_test_reporting_primary");
    private static final LocalTestDatabase REPLICA = LocalTestDatabase.migrated("kopilka_test_reporting_replica");

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        LocalTestDatabase.register(registry, PRIMARY, REPLICA);
    }

    @AfterAll
    static void dropDatabases() {
        REPLICA.drop();
        PRIMARY.drop();
    }

    @Test
    void theReportShowsTheFiguresOfTheReplica() {
        REPLICA.update("INSERT INTO report_day (day, network_code, orders, identified_orders, revenue, points_accrued)"
                + " VALUES ('2026-03-15', 'gadgets', 4242, 4000, 123456.50, 9000)");
        REPLICA.update("INSERT INTO report_filled_day (day, filled_at) VALUES ('2026-03-31', ?)", LocalDateTime.now());
        REPLICA.update("INSERT INTO report_snapshot (as_of, network_code, members, active_accounts, computed_at)"
                + " VALUES ('2026-03-31', '*', 777, 555, ?)", LocalDateTime.now());
        REPLICA.update("INSERT INTO report_tier (as_of, tier_code, customers) VALUES ('2026-03-31', 'GOLD', 777)");

        Overview march = reports.overview(new ReportFilter(MARCH_1, MARCH_31, null));

        assertThat(march.totals().orders()).isEqualTo(4242);
        assertThat(march.totals().revenue()).isEqualByComparingTo(new BigDecimal("123456.50"));
        assertThat(march.members()).isEqualTo(777);
        assertThat(march.tiers()).singleElement().satisfies(gold -> assertThat(gold.tier()).isEqualTo("GOLD"));
        assertThat(march.freshness().daysUpTo()).isEqualTo(MARCH_31);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_day", Long.class)).as("the primary's").isZero();
    }

    @Test
    void daysTheRollUpFillsOnThePrimaryShowOnceTheReplicaHasThem() {
        LocalDate april1 = LocalDate.of(2026, 4, 1);
        LocalDate april30 = LocalDate.of(2026, 4, 30);

        assertThat(rollUp.fillDays(april1, april30)).isEqualTo(30);

        assertThat(jdbc.queryForObject("SELECT MAX(day) FROM report_filled_day", LocalDate.class)).isEqualTo(april30);
        assertThat(reports.overview(new ReportFilter(april1, april30, null)).freshness().daysUpTo())
                .as("the replica has not caught up: the report says its days are not filled yet").isNotEqualTo(april30);
    }
}
