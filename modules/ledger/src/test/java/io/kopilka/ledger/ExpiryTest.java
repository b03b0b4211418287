package io.kopilka.ledger;

import static io.kopilka.ledger.TestLedger.newMember;
import static io.kopilka.ledger.TestLedger.op;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.KeyPartition;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    // Far from the other test classes' dates, so their members' lots are long expired or not yet due.
    private static final LocalDateTime T0 = LocalDateTime.of(2040, 1, 10, 12, 0);
    private static final Reason EXPIRED = Reason.of("ledger.reason.expired");

    private final Ledger ledger = TestLedger.ledger();

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void redemptionSpendsTheSoonestExpiringPointsFirst() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 100, T0.plusMonths(6)));
        ledger.grant(new Grant(op("gadgets", T0), member, 50, T0.plusDays(3)));
        ledger.grant(new Grant(op("gadgets", T0), member, 70, T0.plusMonths(1)));

        ledger.redeem(new Redemption(op("gadgets", T0), member, 80, SourceRef.of("o:1")));

        assertThat(ledger.balances(member, T0.plusYears(1)).expiring()).containsExactly(
                new ExpiringPoints(T0.plusMonths(1).toLocalDate(), 40),
                new ExpiringPoints(T0.plusMonths(6).toLocalDate(), 100));
    }

    @Test
    void lotsExpireOnTheirDateAndNotBefore() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 30, T0.plusDays(3)));
        ledger.grant(new Grant(op("gadgets", T0), member, 20, T0.plusMonths(1)));

        expireAllDue(T0.plusDays(3).minusSeconds(1));
        assertThat(ledger.balances(member, T0).available()).isEqualTo(50);

        expireAllDue(T0.plusDays(3));
        assertThat(ledger.balances(member, T0).available()).isEqualTo(20);
        HistoryEntry expiry = ledger.history(member, null, 1).entries().get(0);
        assertThat(expiry.kind()).isEqualTo(TransferKind.EXPIRY);
        assertThat(expiry.points()).isEqualTo(-30);
        assertThat(expiry.reason()).isEqualTo(EXPIRED);
    }

    @Test
    void promotionalPointsKeepTheirOwnValidityBesidesEarnedOnes() {
        long member = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), member, 200, SourceRef.of("o:2")));
        ledger.release(new Release(op("gadgets", T0.plusDays(1)), member, SourceRef.of("o:2"), null,
                T0.plusMonths(6)));
        ledger.grant(new Grant(op("gadgets", T0), member, 500, T0.plusDays(3)));
        ledger.grant(new Grant(op("gadgets", T0), member, 300, T0.plusMonths(1)));

        expireAllDue(T0.plusDays(4));
        assertThat(ledger.balances(member, T0).available()).isEqualTo(500);
        expireAllDue(T0.plusMonths(2));
        assertThat(ledger.balances(member, T0).available()).isEqualTo(200);
        expireAllDue(T0.plusMonths(6));
        assertThat(ledger.balances(member, T0).available()).isZero();
    }

    @Test
    void everythingOfAMemberWithoutAPurchaseFor14MonthsExpiresByBusinessDate() {
        long sleeper = newMember();
        long buyer = newMember();
        LocalDateTime longAgo = T0.minusMonths(20);
        ledger.accrue(new Accrual(op("home", longAgo), sleeper, 100, SourceRef.of("s:1")));
        ledger.release(new Release(op("home", longAgo), sleeper, SourceRef.of("s:1"), null, T0.plusYears(5)));
        ledger.accrue(new Accrual(op("home", longAgo), buyer, 100, SourceRef.of("s:2")));
        ledger.release(new Release(op("home", longAgo), buyer, SourceRef.of("s:2"), null, T0.plusYears(5)));
        LocalDateTime lastMonth = T0.minusMonths(1);
        ledger.accrue(new Accrual(op("home", lastMonth), buyer, 10, SourceRef.of("s:3")));

        LocalDateTime runDate = T0;
        while (ledger.expireInactive(runDate.minusMonths(14), runDate, EXPIRED, 100).members() > 0) {
            // one chunk at a time, as the batch job calls it
        }

        assertThat(ledger.balances(sleeper, T0).available()).isZero();
        assertThat(ledger.balances(buyer, T0)).extracting(Balances::available, Balances::pending)
                .containsExactly(100L, 10L);
    }

    @Test
    void aRepeatedExpiryRunChangesNothing() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 30, T0.plusDays(1)));
        expireAllDue(T0.plusDays(2));
        assertThat(ledger.expireDue(T0.plusDays(2), EXPIRED, 10)).isEqualTo(new BulkResult(0, 0));
    }

    @Test
    void aDueLotWalkStartsAfterItsPositionAndAnswersTheLastLotItRead() {
        LocalDateTime run = T0.plusDays(10);
        // lots other tests left open and due by the run would come first in a walk from the start
        ExpiryCursor leftOver = null;
        do {
            leftOver = ledger.expireDue(run, EXPIRED, 1_000, KeyPartition.ALL, leftOver).next();
        } while (leftOver != null);
        long first = newMember();
        long second = newMember();
        long third = newMember();
        ledger.grant(new Grant(op("gadgets", T0), first, 10, T0.plusDays(5)));
        ledger.grant(new Grant(op("gadgets", T0), second, 20, T0.plusDays(6)));
        ledger.grant(new Grant(op("gadgets", T0), third, 30, T0.plusDays(7)));

        // A position behind the second member's lot: the walk goes on from there and leaves the lots before it.
        ExpiryChunk afterSecond = ledger.expireDue(run, EXPIRED, 10, KeyPartition.ALL,
                new ExpiryCursor(T0.plusDays(6), Long.MAX_VALUE, 0));
        assertThat(afterSecond.expired()).isEqualTo(new BulkResult(1, 30));
        assertThat(afterSecond.next()).extracting(ExpiryCursor::time).isEqualTo(T0.plusDays(7));
        assertThat(ledger.balances(second, T0).available()).isEqualTo(20);

        ExpiryChunk fromStart = ledger.expireDue(run, EXPIRED, 1, KeyPartition.ALL, null);
        assertThat(fromStart.expired()).isEqualTo(new BulkResult(1, 10));
        ExpiryChunk next = ledger.expireDue(run, EXPIRED, 1, KeyPartition.ALL, fromStart.next());
        assertThat(next.expired()).isEqualTo(new BulkResult(1, 20));
        assertThat(ledger.expireDue(run, EXPIRED, 1, KeyPartition.ALL, next.next()).more()).isFalse();
        assertThat(ledger.balances(first, T0).available()).isZero();
        assertThat(ledger.balances(second, T0).available()).isZero();
    }

    @Test
    void anInactiveMemberWalkGoesOnAfterItsPositionAlsoAmongMembersWhoLastBoughtAtTheSameMoment() {
        LocalDateTime lastPurchase = T0.minusMonths(30);
        long[] members = {newMember(), newMember(), newMember()};
        for (long member : members) {
            ledger.accrue(new Accrual(op("home", lastPurchase), member, 100, SourceRef.of("w:" + member)));
            ledger.release(new Release(op("home", lastPurchase), member, SourceRef.of("w:" + member), null,
                    T0.plusYears(5)));
        }
        LocalDateTime cutoff = T0.minusMonths(29);

        ExpiryChunk last = ledger.expireInactive(cutoff, T0, EXPIRED, 10, KeyPartition.ALL,
                new ExpiryCursor(lastPurchase, members[1], 0));
        assertThat(last.expired().members()).isEqualTo(1);
        assertThat(last.next()).isEqualTo(new ExpiryCursor(lastPurchase, members[2], 0));
        assertThat(ledger.balances(members[0], T0).available()).isEqualTo(100);
        assertThat(ledger.balances(members[1], T0).available()).isEqualTo(100);
        assertThat(ledger.balances(members[2], T0).available()).isZero();

        ExpiryChunk chunk = ledger.expireInactive(cutoff, T0, EXPIRED, 10, KeyPartition.ALL, null);
        while (chunk.more()) {
            chunk = ledger.expireInactive(cutoff, T0, EXPIRED, 10, KeyPartition.ALL, chunk.next());
        }
        assertThat(ledger.balances(members[0], T0).available()).isZero();
        assertThat(ledger.balances(members[1], T0).available()).isZero();
    }

    private void expireAllDue(LocalDateTime businessTime) {
        while (ledger.expireDue(businessTime, EXPIRED, 50).members() > 0) {
            // chunk after chunk until nothing is due
        }
    }
}
