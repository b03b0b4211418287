package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.Ids;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ExpiryJobTest extends JobsIntegrationTest {

    private static final LocalDateTime FAR = LocalDateTime.of(2040, 1, 1, 0, 0);

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
        // Two identical sets of ten members: the first expired by an uninterrupted run, the second by a run that
        // crashes inside its third chunk (after the chunk's statements, before its commit) and is then restarted.
        List<Long> uninterrupted = members(LocalDateTime.of(2032, 1, 10, 0, 0));
        List<Long> interrupted = members(LocalDateTime.of(2032, 2, 10, 0, 0));

        JobRun clean = runToEnd("expiry", LocalDate.of(2032, 1, 10));
        assertThat(clean.status()).isEqualTo("COMPLETED");

        FaultInjection.failOnCall("expireDue", 3);
        JobRun failed = runToEnd("expiry", LocalDate.of(2032, 2, 10));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("Injected failure");
        assertThat(failed.processed()).as("two chunks of three members committed").isEqualTo(6);
        assertThat(interrupted.stream().filter(m -> available(m) == 1000).count()).isEqualTo(6);

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

        // What a killed process leaves: two chunks committed, the third rolled back, and a run the repository still
        // calls running, with no progress since.
        FaultInjection.failOnCall("expireDue", 3);
        JobRun dead = runToEnd("expiry", LocalDate.of(2034, 2, 10));
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL,"
                + " LAST_UPDATED = '2020-01-01 00:00:00' WHERE JOB_EXECUTION_ID = ?", dead.runId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL,"
                + " LAST_UPDATED = '2020-01-01 00:00:00' WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", dead.runId());
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

    /** Ten members, each with a lot of 100 due at {@code due} and one of 1 000 valid for years. */
    private List<Long> members(LocalDateTime due) {
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long member = Ids.next();
            grant(member, 100 + i, due.minusMonths(1), due);
            grant(member, 1000, due.minusMonths(1), FAR);
            members.add(member);
        }
        return members;
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
