package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.Ids;
import io.kopilka.db.KeyPartition;
import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.SourceRef;
import io.kopilka.ledger.TransferKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ExpiryJobTest extends JobsIntegrationTest {

    private static final LocalDateTime FAR = LocalDateTime.of(2040, 1, 1, 0, 0);
    /** The two partitions of the default {@code kopilka.expiry.partitions}. */
    private static final KeyPartition FIRST = new KeyPartition(0, 2);
    private static final KeyPartition SECOND = new KeyPartition(1, 2);

    @Autowired
    ExpiringNotices notices;
    @Autowired
    JdbcTemplate jdbc;

    private long grant(long member, long points, LocalDateTime at, LocalDateTime expiresAt) {
        ledger.grant(new Grant(new Operation(UUID.randomUUID().toString(), "gadgets",
                Reason.of("promotion.grant", "promotion", "test"), at), member, points, expiresAt));
        return member;
    }

    /** A purchase at {@code at} whose points are made available at once, as a lot valid until {@code expiresAt}. */
    private void purchase(long member, long points, LocalDateTime at, LocalDateTime expiresAt) {
        String source = "order-" + UUID.randomUUID();
        ledger.accrue(new Accrual(new Operation(UUID.randomUUID().toString(), "gadgets", Reason.of("order.purchase"), at),
                member, points, SourceRef.of(source)));
        ledger.release(new Release(new Operation(UUID.randomUUID().toString(), "gadgets", Reason.of("order.settled"), at),
                member, SourceRef.of(source), null, expiresAt));
    }

    private long available(long member) {
        return ledger.balances(member, FAR).available();
    }

    @Test
    void lotsExpireAtTheEndOfTheirDateAndPromotionalPointsByTheirOwnValidity() {
        long member = Ids.next();
        // A promotion's 3-day points (until the start of 10 March) and ordinary points until June.
        grant(member, 100, LocalDateTime.of(2031, 3, 7, 10, 0), LocalDateTime.of(2031, 3, 10, 0, 0));
        grant(member, 50, LocalDateTime.of(2031, 3, 7, 10, 0), LocalDateTime.of(2031, 6, 1, 0, 0));

        assertThat(runToEnd("expiry", LocalDate.of(2031, 3, 9)).status()).isEqualTo("COMPLETED");
        assertThat(available(member)).isEqualTo(150);

        assertThat(runToEnd("expiry", LocalDate.of(2031, 3, 10)).status()).isEqualTo("COMPLETED");
        assertThat(available(member)).isEqualTo(50);
        HistoryEntry expiry = ledger.history(member, null, 10).entries().get(0);
        assertThat(expiry.kind()).isEqualTo(TransferKind.EXPIRY);
        assertThat(expiry.points()).isEqualTo(-100);
        assertThat(expiry.reason().code()).isEqualTo("expiry.lot");

        assertThat(runToEnd("expiry", LocalDate.of(2031, 6, 1)).status()).isEqualTo("COMPLETED");
        assertThat(available(member)).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void theFourteenMonthRuleTakesEverythingOnTheDayFourteenMonthsAfterTheLastPurchaseAndNotBefore() {
        long lastBoughtOn10th = Ids.next();
        long lastBoughtOn11th = Ids.next();
        long grantsOnly = Ids.next();
        purchase(lastBoughtOn10th, 200, LocalDateTime.of(2024, 1, 10, 12, 0), FAR);
        purchase(lastBoughtOn11th, 300, LocalDateTime.of(2024, 1, 11, 9, 0), FAR);
        grant(grantsOnly, 40, LocalDateTime.of(2023, 1, 1, 0, 0), FAR);

        runToEnd("expiry", LocalDate.of(2025, 3, 9));
        assertThat(available(lastBoughtOn10th)).isEqualTo(200);

        JobRun boundary = runToEnd("expiry", LocalDate.of(2025, 3, 10));
        assertThat(boundary.status()).isEqualTo("COMPLETED");
        assertThat(available(lastBoughtOn10th)).isZero();
        assertThat(ledger.history(lastBoughtOn10th, null, 1).entries().get(0).reason().code()).isEqualTo("expiry.inactive");
        assertThat(available(lastBoughtOn11th)).isEqualTo(300);
        assertThat(available(grantsOnly)).as("members who never bought keep their lots' own dates").isEqualTo(40);

        runToEnd("expiry", LocalDate.of(2025, 3, 11));
        assertThat(available(lastBoughtOn11th)).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void aRunThatFailsInTheMiddleOfAChunkAndIsRestartedEndsWithTheLedgerOfAnUninterruptedRun() {
        // Two identical sets of ten members in each of the two partitions: the first expired by an uninterrupted run,
        // the second by a run whose second partition crashes inside its third chunk (after the chunk's statements,
        // before its commit) and is then restarted.
        List<Long> uninterrupted = members(LocalDateTime.of(2032, 1, 10, 0, 0));
        List<Long> interrupted = members(LocalDateTime.of(2032, 2, 10, 0, 0));

        JobRun clean = runToEnd("expiry", LocalDate.of(2032, 1, 10));
        assertThat(clean.status()).isEqualTo("COMPLETED");

        FaultInjection.failOnCall("expireDue", 3, SECOND);
        JobRun failed = runToEnd("expiry", LocalDate.of(2032, 2, 10));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("Injected failure");
        assertThat(failed.processed()).as("the first partition's ten members, two chunks of three of the second's")
                .isEqualTo(16);
        assertThat(interrupted.stream().filter(m -> available(m) == 1000).count()).isEqualTo(16);

        JobRun restarted = awaitEnd(jobs.start("expiry", LocalDate.of(2032, 2, 10)));
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.runId()).isNotEqualTo(failed.runId());

        assertThat(snapshot(interrupted)).isEqualTo(snapshot(uninterrupted));
        assertThat(ledger.check().ok()).isTrue();

        // Starting the date again is a no-op: the completed run is answered and nothing moves.
        List<Long> before = snapshot(interrupted);
        JobRun again = jobs.start("expiry", LocalDate.of(2032, 2, 10));
        assertThat(again.runId()).isEqualTo(restarted.runId());
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(snapshot(interrupted)).isEqualTo(before);
    }

    @Test
    void aRunWhoseProcessWasKilledIsTakenUpAgainAndEndsLikeAnUninterruptedRun() {
        List<Long> uninterrupted = members(LocalDateTime.of(2034, 1, 10, 0, 0));
        List<Long> killed = members(LocalDateTime.of(2034, 2, 10, 0, 0));
        runToEnd("expiry", LocalDate.of(2034, 1, 10));

        // What a killed process leaves: the first partition done, two chunks of the second committed, its third
        // rolled back, and a run the repository still calls running, with no progress in any step since.
        FaultInjection.failOnCall("expireDue", 3, SECOND);
        JobRun dead = runToEnd("expiry", LocalDate.of(2034, 2, 10));
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL,"
                + " LAST_UPDATED = '2020-01-01 00:00:00' WHERE JOB_EXECUTION_ID = ?", dead.runId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", dead.runId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = '2020-01-01 00:00:00' WHERE JOB_EXECUTION_ID = ?",
                dead.runId());
        JobRun stalled = jobs.run("expiry", dead.runId()).orElseThrow();
        assertThat(stalled.status()).isEqualTo("STARTED");
        assertThat(stalled.stalled()).isTrue();
        assertThat(stalled.restartable()).isTrue();

        JobRun takenUp = awaitEnd(jobs.start("expiry", LocalDate.of(2034, 2, 10)));

        assertThat(takenUp.status()).isEqualTo("COMPLETED");
        assertThat(jobs.run("expiry", dead.runId()).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(snapshot(killed)).isEqualTo(snapshot(uninterrupted));
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void everyDueLotIsExpiredExactlyOnceByThePartitions() {
        // 30 members with one to four lots due on different days up to the run's date, and one lot valid for years.
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long member = Ids.next();
            for (int lot = 0; lot <= i % 4; lot++) {
                LocalDateTime due = LocalDateTime.of(2035, 5, 1 + (i + 7 * lot) % 28, 0, 0);
                grant(member, 10 + lot, due.minusMonths(2), due);
            }
            grant(member, 1000, LocalDateTime.of(2035, 3, 1, 0, 0), FAR);
            members.add(member);
        }
        assertThat(members).as("both partitions have work").anyMatch(m -> m % 2 == 0).anyMatch(m -> m % 2 == 1);

        JobRun run = runToEnd("expiry", LocalDate.of(2035, 5, 31));

        assertThat(run.status()).isEqualTo("COMPLETED");
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            long due = 0;
            for (int lot = 0; lot <= i % 4; lot++) {
                due += 10 + lot;
            }
            assertThat(available(member)).as("member %d", member).isEqualTo(1000);
            assertThat(expired(member, "expiry.lot")).as("member %d", member).isEqualTo(-due);
        }
        assertThat(lotsUsedTwice(members)).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void theInactiveWalkMovesOnAcrossMoreMembersThanAChunkInBothPartitions() {
        // Twenty members who last bought at one and the same moment (the walk's position then rests on the member
        // id), six at different moments, and one who bought later and is still active.
        LocalDateTime sameMoment = LocalDateTime.of(2035, 1, 10, 12, 0);
        List<Long> inactive = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            long member = Ids.next();
            purchase(member, 100 + i, i < 20 ? sameMoment : sameMoment.minusDays(i), FAR);
            inactive.add(member);
        }
        long active = Ids.next();
        purchase(active, 500, LocalDateTime.of(2035, 6, 1, 12, 0), FAR);

        JobRun run = runToEnd("expiry", LocalDate.of(2036, 3, 10));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.processed()).as("every inactive member counted once").isGreaterThanOrEqualTo(26);
        assertEveryOneLostTheirPointsOnceForInactivity(inactive);
        assertThat(available(active)).isEqualTo(500);
    }

    @Test
    void aFailureInTheInactiveWalkAndARestartExpireEveryMemberOnceAndNoneTwice() {
        LocalDateTime lastPurchase = LocalDateTime.of(2035, 2, 10, 12, 0);
        List<Long> inactive = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long member = memberOf(i % 2 == 0 ? FIRST : SECOND);
            purchase(member, 100 + i, lastPurchase.minusHours(i % 3), FAR);
            inactive.add(member);
        }

        FaultInjection.failOnCall("expireInactive", 2, FIRST);
        JobRun failed = runToEnd("expiry", LocalDate.of(2036, 4, 10));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(inactive).as("the failed chunk rolled back").anyMatch(m -> available(m) > 0);

        JobRun restarted = awaitEnd(jobs.start("expiry", LocalDate.of(2036, 4, 10)));

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertEveryOneLostTheirPointsOnceForInactivity(inactive);
    }

    @Test
    void membersWithPointsExpiringWithinFourteenDaysAreAnnouncedOnce() {
        long soon = grant(Ids.next(), 70, LocalDateTime.of(2033, 5, 1, 0, 0), LocalDateTime.of(2033, 6, 11, 0, 0));
        grant(soon, 30, LocalDateTime.of(2033, 5, 1, 0, 0), LocalDateTime.of(2033, 6, 14, 0, 0));
        long later = grant(Ids.next(), 80, LocalDateTime.of(2033, 5, 1, 0, 0), LocalDateTime.of(2033, 6, 25, 0, 0));

        runToEnd("expiry", LocalDate.of(2033, 6, 1));
        runToEnd("expiry", LocalDate.of(2033, 6, 1));

        List<PointsExpiringSoon> mine = notices.received.stream()
                .filter(n -> n.memberId() == soon || n.memberId() == later).toList();
        assertThat(mine).containsExactly(new PointsExpiringSoon(soon, 100, LocalDate.of(2033, 6, 11), LocalDate.of(2033, 6, 1)));
    }

    /**
     * Ten members of each of the two partitions (the first partition's first), each with a lot of 100 and more due at
     * {@code due} and one of 1 000 valid for years.
     */
    private List<Long> members(LocalDateTime due) {
        List<Long> members = new ArrayList<>();
        for (KeyPartition partition : List.of(FIRST, SECOND)) {
            for (int i = 0; i < 10; i++) {
                long member = memberOf(partition);
                grant(member, 100 + i, due.minusMonths(1), due);
                grant(member, 1000, due.minusMonths(1), FAR);
                members.add(member);
            }
        }
        return members;
    }

    /** A new member id in the partition. */
    private static long memberOf(KeyPartition partition) {
        long member = Ids.next();
        while (!partition.holds(member)) {
            member = Ids.next();
        }
        return member;
    }

    /** The i-th member lost its 100 + i points to the 14-month rule, no lot expired twice, and the ledger adds up. */
    private void assertEveryOneLostTheirPointsOnceForInactivity(List<Long> inactive) {
        for (int i = 0; i < inactive.size(); i++) {
            assertThat(available(inactive.get(i))).as("member %d", inactive.get(i)).isZero();
            assertThat(expired(inactive.get(i), "expiry.inactive")).isEqualTo(-(100 + i));
        }
        assertThat(lotsUsedTwice(inactive)).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    /** The member's points expired for this reason. */
    private long expired(long member, String reason) {
        return ledger.history(member, null, 50).entries().stream()
                .filter(e -> e.kind() == TransferKind.EXPIRY && e.reason().code().equals(reason))
                .mapToLong(HistoryEntry::points).sum();
    }

    /** How many of the members' lots more than one expiry took from. */
    private long lotsUsedTwice(List<Long> members) {
        String ids = members.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT u.lot_transfer_id FROM ledger_lot_use u"
                + " JOIN ledger_transfer t ON t.id = u.transfer_id AND t.kind = 'EXPIRY'"
                + " JOIN ledger_lot l ON l.transfer_id = u.lot_transfer_id AND l.line_no = u.lot_line_no"
                + " WHERE l.member_id IN (" + ids + ")"
                + " GROUP BY u.lot_transfer_id, u.lot_line_no HAVING COUNT(*) > 1) twice",
                Long.class);
    }

    /** Each member's available and expired points, in order. */
    private List<Long> snapshot(List<Long> members) {
        List<Long> figures = new ArrayList<>();
        for (long member : members) {
            figures.add(available(member));
            figures.add(ledger.history(member, null, 50).entries().stream()
                    .filter(e -> e.kind() == TransferKind.EXPIRY).mapToLong(HistoryEntry::points).sum());
        }
        return figures;
    }
}
