package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.ledger.BulkGrant;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A promotion's grant to an audience of {@code kopilka.benchmark.members} members: the ledger's bulk grant
 * ({@code Ledger.grantMembers}) in chunks of 10 000 members, one transaction each, as the grants job calls it;
 * beside it the floor: the same grant to an identical second set of members by the fewest set-based statements
 * ({@link SetBasedFloors}). Not part of the normal build; see docs/benchmarks.md, "Batch floors":
 *
 * <pre>./mvnw -q -pl batch -am verify -Dtest=GrantBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkopilka.benchmark.members=100000</pre>
 */
@EnabledIfSystemProperty(named = "kopilka.benchmark.members", matches = "\\d+")
class GrantBenchmark extends JobsIntegrationTest {

    private static final long BASE = 5_000_000_000L;
    private static final long FLOOR_BASE = 4_000_000_000L;
    private static final int CHUNK = 10_000;
    private static final long POINTS = 500;
    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 1, 9, 0);
    private static final LocalDateTime EXPIRES = LocalDateTime.of(2026, 4, 30, 0, 0);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void grantsToAHundredThousandMembers() {
        int members = Integer.parseInt(System.getProperty("kopilka.benchmark.members"));
        for (long base : new long[] {BASE, FLOOR_BASE}) {
            jdbc.update("INSERT INTO ledger_member (member_id, last_purchase_at) SELECT ? + seq, ? FROM seq_1_to_"
                    + members, base, AT.minusMonths(1));
        }

        long started = System.nanoTime();
        long granted = 0;
        for (long first = BASE + 1; first <= BASE + members; first += CHUNK) {
            List<Long> chunk = LongStream.range(first, Math.min(first + CHUNK, BASE + members + 1)).boxed().toList();
            granted += ledger.grantMembers(new BulkGrant(new Operation("benchmark:grant:" + first, "gadgets",
                    Reason.of("promotion.grant", "promotion", "benchmark"), AT), Map.of(POINTS, chunk), EXPIRES))
                    .members();
        }
        long done = System.nanoTime();
        SetBasedFloors.Floor floor = new SetBasedFloors(jdbc, transactions).grant(FLOOR_BASE + 1,
                FLOOR_BASE + members, POINTS, AT, EXPIRES);
        boolean ok = ledger.check().ok();

        double bulk = (done - started) / 1e9;
        System.out.printf("BENCHMARK FLOOR grant members=%d chunk=%d grantMembers=%.1fs (%.0f members/s) floor=%.1fs"
                        + " (%.0f members/s, %d rows, %.0f rows/s) ratio=%.2f check ok=%s%n", members, CHUNK, bulk,
                members / bulk, floor.seconds(), members / floor.seconds(), floor.rows(), floor.rowsPerSecond(),
                bulk / floor.seconds(), ok);
        assertThat(granted).isEqualTo(members);
        assertThat(ok).isTrue();
        for (long base : new long[] {BASE, FLOOR_BASE}) {
            assertThat(jdbc.queryForObject("SELECT SUM(available) FROM ledger_member WHERE member_id BETWEEN ? AND ?",
                    Long.class, base + 1, base + members)).isEqualTo(POINTS * members);
        }
    }
}
