package io.kopilka.ledger;

import static io.kopilka.ledger.TestLedger.key;
import static io.kopilka.ledger.TestLedger.newMember;
import static io.kopilka.ledger.TestLedger.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerOperationsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 10, 0);
    private static final LocalDateTime FAR = T0.plusYears(1);

    private final Ledger ledger = TestLedger.ledger();

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));
    }

    @Test
    void accruedPointsArePendingUntilReleasedAsALot() {
        long member = newMember();
        Posting accrued = ledger.accrue(new Accrual(op("gadgets", T0), member, 300, SourceRef.of("order:1")));
        assertThat(accrued.pendingChange()).isEqualTo(300);
        assertThat(ledger.balances(member, FAR)).extracting(Balances::pending, Balances::available)
                .containsExactly(300L, 0L);

        ledger.release(new Release(op("gadgets", T0.plusDays(1)), member, SourceRef.of("order:1"), 100L,
                T0.plusMonths(6)));
        ledger.release(new Release(op("gadgets", T0.plusDays(2)), member, SourceRef.of("order:1"), null,
                T0.plusMonths(7)));

        Balances balances = ledger.balances(member, FAR);
        assertThat(balances.pending()).isZero();
        assertThat(balances.available()).isEqualTo(300);
        assertThat(balances.expiring()).containsExactly(
                new ExpiringPoints(T0.plusMonths(6).toLocalDate(), 100),
                new ExpiringPoints(T0.plusMonths(7).toLocalDate(), 200));
    }

    @Test
    void releasingMoreThanPendingOfTheSourceIsRefused() {
        long member = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), member, 50, SourceRef.of("order:2")));
        assertThatThrownBy(() -> ledger.release(new Release(op("gadgets", T0), member, SourceRef.of("order:2"), 51L,
                FAR))).isInstanceOf(InsufficientPointsException.class);
        assertThatThrownBy(() -> ledger.release(new Release(op("home", T0), member, SourceRef.of("order:2"), null,
                FAR))).as("a source belongs to its network").isInstanceOf(InsufficientPointsException.class);
    }

    @Test
    void redeemingMoreThanAvailableIsRefused() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 100, FAR));
        assertThatThrownBy(() -> ledger.redeem(new Redemption(op("gadgets", T0), member, 101,
                SourceRef.of("order:3")))).isInstanceOf(InsufficientPointsException.class);
        assertThat(ledger.balances(member, FAR).available()).isEqualTo(100);
    }

    @Test
    void theSameKeyWithTheSameContentHasOneEffect() {
        long member = newMember();
        Operation op = op("gadgets", T0);
        Posting first = ledger.accrue(new Accrual(op, member, 70, SourceRef.of("order:4")));
        Posting again = ledger.accrue(new Accrual(op, member, 70, SourceRef.of("order:4")));

        assertThat(again.replayed()).isTrue();
        assertThat(again).usingRecursiveComparison().ignoringFields("replayed").isEqualTo(first);
        assertThat(ledger.balances(member, FAR).pending()).isEqualTo(70);
    }

    @Test
    void theSameKeyWithOtherContentIsRefused() {
        long member = newMember();
        Operation op = op("gadgets", T0);
        ledger.accrue(new Accrual(op, member, 70, SourceRef.of("order:5")));
        assertThatThrownBy(() -> ledger.accrue(new Accrual(op, member, 71, SourceRef.of("order:5"))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> ledger.grant(new Grant(op, member, 70, FAR)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(ledger.accrue(new Accrual(new Operation(op.idempotencyKey(), "home", op.reason(), T0), member,
                71, SourceRef.of("order:5"))).replayed()).as("keys are unique per network").isFalse();
    }

    @Test
    void voidingTakesPendingPointsOfTheSourceBack() {
        long member = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), member, 80, SourceRef.of("order:6")));
        ledger.voidPending(new VoidPending(op("gadgets", T0), member, SourceRef.of("order:6"), 30L));
        ledger.voidPending(new VoidPending(op("gadgets", T0), member, SourceRef.of("order:6"), null));
        assertThat(ledger.balances(member, FAR).pending()).isZero();
        assertThatThrownBy(() -> ledger.voidPending(new VoidPending(op("gadgets", T0), member,
                SourceRef.of("order:6"), null))).isInstanceOf(InsufficientPointsException.class);
    }

    @Test
    void returningSpentEarnedPointsRecordsADebtThatLaterPointsPayOff() {
        long member = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), member, 100, SourceRef.of("order:7")));
        ledger.release(new Release(op("gadgets", T0), member, SourceRef.of("order:7"), null, FAR));
        ledger.redeem(new Redemption(op("gadgets", T0), member, 90, SourceRef.of("order:8")));

        Posting reversal = ledger.reverse(new Reversal(op("gadgets", T0.plusDays(1)), member,
                new SourceRef("order:7", List.of("line-1")), 100, 0, FAR));
        assertThat(reversal.availableChange()).isEqualTo(-10);
        assertThat(reversal.debtChange()).isEqualTo(90);
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::debt)
                .containsExactly(0L, 90L);

        ledger.accrue(new Accrual(op("home", T0.plusDays(2)), member, 60, SourceRef.of("order:9")));
        Posting release = ledger.release(new Release(op("home", T0.plusDays(3)), member, SourceRef.of("order:9"),
                null, FAR));
        assertThat(release.debtChange()).isEqualTo(-60);
        ledger.grant(new Grant(op("home", T0.plusDays(4)), member, 50, FAR));
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::debt)
                .containsExactly(20L, 0L);
    }

    @Test
    void returningAnOrderTakesBackFromPendingFirstAndGivesSpentPointsBack() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 100, FAR));
        ledger.redeem(new Redemption(op("gadgets", T0), member, 40, SourceRef.of("order:10")));
        ledger.accrue(new Accrual(op("gadgets", T0), member, 30, SourceRef.of("order:10")));

        Posting reversal = ledger.reverse(new Reversal(op("gadgets", T0.plusDays(1)), member,
                SourceRef.of("order:10"), 30, 40, T0.plusMonths(2)));

        assertThat(reversal).extracting(Posting::pendingChange, Posting::availableChange, Posting::debtChange)
                .containsExactly(-30L, 40L, 0L);
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::pending)
                .containsExactly(100L, 0L);
    }

    @Test
    void aRejectedPayoutReturnsThePointsToTheirLotsAndAnApprovedOneIsPaid() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 100, T0.plusMonths(1)));
        long payout = ledger.requestPayout(new PayoutRequest(op("gadgets", T0), member, 60)).transferId();
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::reserved)
                .containsExactly(40L, 60L);

        ledger.rejectPayout(new PayoutDecision(op("gadgets", T0), payout, "finance"));
        Balances afterRejection = ledger.balances(member, FAR);
        assertThat(afterRejection.available()).isEqualTo(100);
        assertThat(afterRejection.expiring()).containsExactly(new ExpiringPoints(T0.plusMonths(1).toLocalDate(), 100));
        assertThatThrownBy(() -> ledger.approvePayout(new PayoutDecision(op("gadgets", T0), payout, "finance")))
                .isInstanceOf(LedgerException.class);

        long second = ledger.requestPayout(new PayoutRequest(op("gadgets", T0), member, 100)).transferId();
        ledger.approvePayout(new PayoutDecision(op("gadgets", T0), second, "finance"));
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::reserved)
                .containsExactly(0L, 0L);
    }

    @Test
    void payoutsAreListedForTheMemberAndWaitForFinanceUntilDecided() {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 300, FAR));
        long first = ledger.requestPayout(new PayoutRequest(op("gadgets", T0), member, 100)).transferId();
        long second = ledger.requestPayout(new PayoutRequest(op("gadgets", T0.plusHours(1)), member, 50)).transferId();

        assertThat(ledger.payouts(member)).extracting(Payout::payoutId, Payout::points, Payout::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, 50L, PayoutStatus.REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(first, 100L, PayoutStatus.REQUESTED));
        assertThat(ledger.payoutsAwaitingDecision(10_000)).extracting(Payout::payoutId).contains(first, second);

        ledger.approvePayout(new PayoutDecision(op("gadgets", T0), first, "finance"));
        ledger.rejectPayout(new PayoutDecision(op("gadgets", T0), second, "finance"));

        assertThat(ledger.payouts(member)).extracting(Payout::status)
                .containsExactly(PayoutStatus.REJECTED, PayoutStatus.PAID);
        assertThat(ledger.payoutsAwaitingDecision(10_000)).extracting(Payout::payoutId).doesNotContain(first, second);
    }

    @Test
    void aManualAdjustmentNeedsACommentAndRecordsTheStaffMember() {
        long member = newMember();
        assertThatThrownBy(() -> new Adjustment(op("gadgets", T0), member, 10, FAR, "admin", " "))
                .isInstanceOf(IllegalArgumentException.class);
        ledger.adjust(new Adjustment(op("gadgets", T0), member, 25, FAR, "admin", "goodwill"));
        ledger.adjust(new Adjustment(op("gadgets", T0), member, -5, FAR, "admin", "typo"));
        assertThatThrownBy(() -> ledger.adjust(new Adjustment(op("gadgets", T0), member, -21, FAR, "admin", "x")))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(ledger.balances(member, FAR).available()).isEqualTo(20);
    }

    @Test
    void historyIsNewestFirstAndPagesWithoutGapsOrRepeats() {
        long member = newMember();
        for (int i = 0; i < 7; i++) {
            ledger.accrue(new Accrual(new Operation(key(), "gadgets", Reason.of("ledger.reason.cashback",
                    "order", "o" + i), T0.plusHours(i)), member, 10 + i, new SourceRef("o" + i, List.of("l1", "l2"))));
        }
        List<HistoryEntry> all = new ArrayList<>();
        HistoryCursor cursor = null;
        do {
            HistoryPage page = ledger.history(member, cursor, 3);
            all.addAll(page.entries());
            cursor = page.next() == null ? null : HistoryCursor.parse(page.next().token());
        } while (cursor != null);

        assertThat(all).extracting(HistoryEntry::points).containsExactly(16L, 15L, 14L, 13L, 12L, 11L, 10L);
        HistoryEntry newest = all.get(0);
        assertThat(newest.kind()).isEqualTo(TransferKind.ACCRUAL);
        assertThat(newest.account()).isEqualTo(Account.PENDING);
        assertThat(newest.reason()).isEqualTo(new Reason("ledger.reason.cashback", Map.of("order", "o6")));
        assertThat(newest.sourceRef()).isEqualTo("o6");
        assertThat(newest.sourceLines()).isEqualTo("l1,l2");
        assertThat(newest.network()).isEqualTo("gadgets");
    }

    @Test
    void bulkReleaseMakesAChunkOfSourcesAvailableOnce() {
        long first = newMember();
        long second = newMember();
        ledger.reverse(new Reversal(op("home", T0), second, SourceRef.of("none"), 15, 0, FAR));
        ledger.accrue(new Accrual(op("home", T0), first, 40, SourceRef.of("b:1")));
        ledger.accrue(new Accrual(op("home", T0), first, 60, SourceRef.of("b:2")));
        ledger.accrue(new Accrual(op("home", T0), second, 25, SourceRef.of("b:3")));
        BulkRelease chunk = new BulkRelease("home", List.of("b:1", "b:2", "b:3", "b:unknown"), FAR,
                Reason.of("ledger.reason.settled"), T0.plusDays(14));

        assertThat(ledger.releaseSources(chunk)).isEqualTo(new BulkResult(2, 125));
        assertThat(ledger.releaseSources(chunk)).isEqualTo(new BulkResult(0, 0));
        assertThat(ledger.balances(first, FAR)).extracting(Balances::available, Balances::pending)
                .containsExactly(100L, 0L);
        assertThat(ledger.balances(second, FAR)).extracting(Balances::available, Balances::debt)
                .containsExactly(10L, 0L);
    }

    @Test
    void attributionTellsWhereSpentPointsWereEarned() {
        long member = newMember();
        LocalDateTime day = LocalDateTime.of(2030, 1, 1, 0, 0);
        ledger.grant(new Grant(op("gadgets", day), member, 30, day.plusDays(1)));
        ledger.grant(new Grant(op("home", day), member, 50, day.plusDays(2)));
        ledger.redeem(new Redemption(op("service", day.plusHours(1)), member, 40, SourceRef.of("s:1")));

        assertThat(ledger.attribution(day, day.plusDays(1))).containsExactly(
                new Attribution("gadgets", "service", 30), new Attribution("home", "service", 10));
    }
}
