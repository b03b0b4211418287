package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.ledger.PointsReleased;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What queuing "points credited" adds to each settlement chunk: {@code kopilka.benchmark.chunks} events of 10 000
 * members each, published in their own transactions as the ledger does. Not part of the normal build; see
 * docs/benchmarks.md:
 *
 * <pre>./mvnw -q -pl modules/notifications -am verify -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkopilka.benchmark.chunks=10</pre>
 */
@EnabledIfSystemProperty(named = "kopilka.benchmark.chunks", matches = "\\d+")
class OutboxBenchmark extends NotificationsIntegrationTest {

    private static final int MEMBERS_PER_CHUNK = 10_000;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DSLContext db;

    @Test
    void queuingAChunksCreditMessages() {
        int chunks = Integer.getInteger("kopilka.benchmark.chunks");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long before = db.fetchCount(NOTIFICATION_MESSAGE);
        List<Long> millis = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            List<PointsReleased.MemberPoints> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_CHUNK; m++) {
                members.add(new PointsReleased.MemberPoints(8_000_000_000L + (long) c * MEMBERS_PER_CHUNK + m, 10));
            }
            PointsReleased event = new PointsReleased("gadgets", members, LocalDateTime.now());
            long start = System.nanoTime();
            tx.executeWithoutResult(status -> events.publishEvent(event));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(db.fetchCount(NOTIFICATION_MESSAGE) - before).isEqualTo((long) chunks * MEMBERS_PER_CHUNK);
        System.out.println("BENCHMARK outbox: " + chunks + " chunks of " + MEMBERS_PER_CHUNK
                + " members, ms per chunk " + millis);
    }
}
