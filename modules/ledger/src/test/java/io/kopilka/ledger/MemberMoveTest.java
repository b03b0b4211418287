package io.kopilka.ledger;

import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static io.kopilka.ledger.TestLedger.newMember;
import static io.kopilka.ledger.TestLedger.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberMoveTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2033, 4, 1, 10, 0);
    private static final LocalDateTime FAR = T0.plusYears(3);

    private final Ledger ledger = TestLedger.ledger();

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));
    }

    private static MemberMove move(long from, long to) {
        return new MemberMove(op("portal", T0.plusDays(10)), from, to);
    }

    @Test
    void openLotsMoveWithTheirExpiryAndNetwork() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.grant(new Grant(op("home", T0), duplicate, 100, T0.plusMonths(2)));
        ledger.grant(new Grant(op("gadgets", T0), duplicate, 50, T0.plusMonths(5)));
        ledger.redeem(new Redemption(op("gadgets", T0), duplicate, 30, SourceRef.of("o:spent")));
        ledger.grant(new Grant(op("gadgets", T0), kept, 20, T0.plusMonths(3)));

        MemberMoved moved = ledger.moveMember(move(duplicate, kept));

        assertThat(moved).extracting(MemberMoved::available, MemberMoved::lots, MemberMoved::replayed)
                .containsExactly(120L, 2, false);
        assertThat(ledger.balances(duplicate, FAR)).extracting(Balances::available, Balances::expiring)
                .containsExactly(0L, List.of());
        Balances keptBalances = ledger.balances(kept, FAR);
        assertThat(keptBalances.available()).isEqualTo(140);
        assertThat(keptBalances.expiring()).containsExactly(
                new ExpiringPoints(T0.plusMonths(2).toLocalDate(), 70),
                new ExpiringPoints(T0.plusMonths(3).toLocalDate(), 20),
                new ExpiringPoints(T0.plusMonths(5).toLocalDate(), 50));

        // spending the soonest lot (earned in "home" by the duplicate) is still attributed to "home"
        LocalDateTime spentAt = LocalDateTime.of(2033, 7, 7, 7, 7);
        ledger.redeem(new Redemption(op("service", spentAt), kept, 70, SourceRef.of("o:after-merge")));
        assertThat(ledger.attribution(spentAt, spentAt.plusSeconds(1)))
                .containsExactly(new Attribution("home", "service", 70));
    }

    @Test
    void pendingSourcesMoveAndTheirLaterReleaseAndVoidWorkOnTheKeptMember() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), duplicate, 80, SourceRef.of("order:m-" + duplicate)));
        ledger.accrue(new Accrual(op("home", T0), duplicate, 40, SourceRef.of("order:n-" + duplicate)));
        ledger.accrue(new Accrual(op("gadgets", T0), kept, 10, SourceRef.of("order:k-" + kept)));

        MemberMoved moved = ledger.moveMember(move(duplicate, kept));

        assertThat(moved).extracting(MemberMoved::pending, MemberMoved::sources).containsExactly(120L, 2);
        assertThat(ledger.balances(duplicate, FAR).pending()).isZero();
        assertThat(ledger.balances(kept, FAR).pending()).isEqualTo(130);
        assertThat(ledger.pendingOfMember(duplicate)).isEmpty();
        assertThat(ledger.pendingOfMember(kept)).hasSize(3);
        assertThat(TestLedger.db().fetchCount(LEDGER_PENDING, LEDGER_PENDING.MEMBER_ID.eq(duplicate))).isZero();

        ledger.release(new Release(op("gadgets", T0.plusDays(11)), kept, SourceRef.of("order:m-" + duplicate), null,
                T0.plusMonths(6)));
        ledger.voidPending(new VoidPending(op("home", T0.plusDays(11)), kept, SourceRef.of("order:n-" + duplicate),
                null));
        assertThatThrownBy(() -> ledger.accrue(new Accrual(op("gadgets", T0), duplicate, 5,
                SourceRef.of("order:m-" + duplicate)))).as("the source now belongs to the kept member")
                .isInstanceOf(LedgerException.class);
        assertThat(ledger.balances(kept, FAR)).extracting(Balances::available, Balances::pending)
                .containsExactly(80L, 10L);
    }

    @Test
    void recordedDebtMovesAndTheKeptMembersNextPointsPayItOff() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), duplicate, 100, SourceRef.of("order:d-" + duplicate)));
        ledger.release(new Release(op("gadgets", T0), duplicate, SourceRef.of("order:d-" + duplicate), null, FAR));
        ledger.redeem(new Redemption(op("gadgets", T0), duplicate, 100, SourceRef.of("o:d")));
        ledger.reverse(new Reversal(op("gadgets", T0), duplicate, SourceRef.of("order:d-" + duplicate), 60, 0, FAR));
        assertThat(ledger.balances(duplicate, FAR).debt()).isEqualTo(60);

        MemberMoved moved = ledger.moveMember(move(duplicate, kept));

        assertThat(moved.debt()).isEqualTo(60);
        assertThat(ledger.balances(duplicate, FAR).debt()).isZero();
        assertThat(ledger.balances(kept, FAR).debt()).isEqualTo(60);
        ledger.grant(new Grant(op("gadgets", T0.plusDays(12)), kept, 100, FAR));
        assertThat(ledger.balances(kept, FAR)).extracting(Balances::available, Balances::debt)
                .containsExactly(40L, 0L);
    }

    @Test
    void theKeptMembersLastPurchaseBecomesTheLaterOfTheTwo() {
        long duplicate = newMember();
        long kept = newMember();
        long neverBought = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0.minusMonths(2)), kept, 5, SourceRef.of("o:l-" + kept)));
        ledger.accrue(new Accrual(op("gadgets", T0), duplicate, 5, SourceRef.of("o:l-" + duplicate)));

        ledger.moveMember(move(duplicate, kept));
        ledger.moveMember(move(kept, neverBought));

        assertThat(lastPurchase(kept)).isEqualTo(T0);
        assertThat(lastPurchase(neverBought)).isEqualTo(T0);
    }

    private static LocalDateTime lastPurchase(long member) {
        return TestLedger.db().select(LEDGER_MEMBER.LAST_PURCHASE_AT).from(LEDGER_MEMBER)
                .where(LEDGER_MEMBER.MEMBER_ID.eq(member)).fetchOne(LEDGER_MEMBER.LAST_PURCHASE_AT);
    }

    @Test
    void theDuplicatesHistoryStaysReadable() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.grant(new Grant(op("home", T0), duplicate, 100, FAR));

        ledger.moveMember(move(duplicate, kept));

        List<HistoryEntry> history = ledger.history(duplicate, null, 10).entries();
        assertThat(history).extracting(HistoryEntry::kind, HistoryEntry::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransferKind.MERGE, -100L),
                        org.assertj.core.groups.Tuple.tuple(TransferKind.GRANT, 100L));
        assertThat(ledger.history(kept, null, 10).entries()).extracting(HistoryEntry::kind, HistoryEntry::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransferKind.MERGE, 100L));
    }

    @Test
    void aMemberWithNothingMovesToo() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.grant(new Grant(op("home", T0), kept, 10, FAR));

        MemberMoved moved = ledger.moveMember(move(duplicate, kept));

        assertThat(moved).extracting(MemberMoved::available, MemberMoved::pending, MemberMoved::debt)
                .containsExactly(0L, 0L, 0L);
        assertThat(ledger.balances(kept, FAR).available()).isEqualTo(10);
    }

    @Test
    void theSameKeyMovesOnceAndAnswersTheFirstResultAgain() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.grant(new Grant(op("home", T0), duplicate, 100, FAR));
        ledger.accrue(new Accrual(op("home", T0), duplicate, 30, SourceRef.of("o:i-" + duplicate)));
        MemberMove move = move(duplicate, kept);

        MemberMoved first = ledger.moveMember(move);
        ledger.grant(new Grant(op("home", T0), duplicate, 7, FAR)); // new points of the duplicate stay there
        MemberMoved again = ledger.moveMember(move);

        assertThat(again.replayed()).isTrue();
        assertThat(again).usingRecursiveComparison().ignoringFields("replayed").isEqualTo(first);
        assertThat(ledger.balances(kept, FAR)).extracting(Balances::available, Balances::pending)
                .containsExactly(100L, 30L);
        assertThat(ledger.balances(duplicate, FAR).available()).isEqualTo(7);
        assertThatThrownBy(() -> ledger.moveMember(new MemberMove(move.operation(), duplicate, newMember())))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void aMemberCannotMoveToItself() {
        long member = newMember();
        ledger.grant(new Grant(op("home", T0), member, 10, FAR));

        assertThatThrownBy(() -> ledger.moveMember(move(member, member)))
                .isInstanceOfSatisfying(MemberMoveRefusedException.class,
                        e -> assertThat(e.why()).isEqualTo(MemberMoveRefusedException.Why.SAME_MEMBER));
        assertThat(ledger.balances(member, FAR).available()).isEqualTo(10);
    }

    @Test
    void aDuplicateWithAPayoutAwaitingADecisionIsRefusedUntilFinanceDecides() {
        long duplicate = newMember();
        long kept = newMember();
        ledger.grant(new Grant(op("home", T0), duplicate, 100, FAR));
        Posting payout = ledger.requestPayout(new PayoutRequest(op("portal", T0), duplicate, 40));
        MemberMove move = move(duplicate, kept);

        assertThatThrownBy(() -> ledger.moveMember(move))
                .isInstanceOfSatisfying(MemberMoveRefusedException.class, e -> assertThat(e.why())
                        .isEqualTo(MemberMoveRefusedException.Why.PAYOUTS_AWAITING_DECISION));
        assertThat(ledger.balances(duplicate, FAR)).extracting(Balances::available, Balances::reserved)
                .containsExactly(60L, 40L);
        assertThat(ledger.balances(kept, FAR).available()).isZero();

        ledger.rejectPayout(new PayoutDecision(op("portal", T0), payout.transferId(), "finance"));
        MemberMoved moved = ledger.moveMember(move);
        assertThat(moved.replayed()).as("the refusal recorded nothing, so the key is still free").isFalse();
        assertThat(ledger.balances(kept, FAR).available()).isEqualTo(100);
    }

    @Test
    void redemptionsOnEitherMemberDuringTheMoveNeverGoNegativeNorLoseAPoint() throws Exception {
        for (int round = 0; round < 3; round++) {
            long duplicate = newMember();
            long kept = newMember();
            for (int lot = 0; lot < 5; lot++) {
                ledger.grant(new Grant(op("home", T0), duplicate, 100, T0.plusDays(30 + lot)));
                ledger.grant(new Grant(op("gadgets", T0), kept, 60, T0.plusDays(20 + lot)));
            }
            ledger.accrue(new Accrual(op("home", T0), duplicate, 70, SourceRef.of("o:c-" + duplicate)));
            long before = 500 + 300 + 70;
            AtomicLong spent = new AtomicLong();
            int threads = 16;
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        for (int i = 0; i < 6; i++) {
                            long member = random.nextBoolean() ? duplicate : kept;
                            long points = random.nextLong(1, 40);
                            try {
                                ledger.redeem(new Redemption(op("service", T0), member, points, SourceRef.of("o:x")));
                                spent.addAndGet(points);
                            } catch (InsufficientPointsException refused) {
                                // the duplicate after the move, or either one run dry
                            }
                        }
                        return null;
                    }));
                }
                futures.add(pool.submit(() -> {
                    start.await();
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 30));
                    return ledger.moveMember(move(duplicate, kept));
                }));
                start.countDown();
                for (Future<?> future : futures) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Balances d = ledger.balances(duplicate, FAR);
            Balances k = ledger.balances(kept, FAR);
            assertThat(d).extracting(Balances::available, Balances::pending, Balances::debt)
                    .containsExactly(0L, 0L, 0L);
            assertThat(k.available()).isNotNegative();
            assertThat(k.available() + k.pending() - k.debt()).isEqualTo(before - spent.get());
            assertThat(ledger.check().ok()).isTrue();
        }
    }
}
