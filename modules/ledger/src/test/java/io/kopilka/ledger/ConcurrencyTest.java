package io.kopilka.ledger;

import static io.kopilka.ledger.TestLedger.newMember;
import static io.kopilka.ledger.TestLedger.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 32;
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 6, 1, 9, 0);
    private static final LocalDateTime FAR = T0.plusYears(3);

    private final Ledger ledger = TestLedger.ledger();

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));
    }

    @Test
    void manyThreadsRedeemingFromOneMemberNeverGoBelowZero() throws Exception {
        long member = newMember();
        for (int lot = 0; lot < 10; lot++) {
            ledger.grant(new Grant(op("gadgets", T0), member, 100, T0.plusDays(10 + lot)));
        }
        AtomicInteger spent = new AtomicInteger();
        runConcurrently(THREADS, thread -> {
            for (int i = 0; i < 6; i++) {
                try {
                    ledger.redeem(new Redemption(op("gadgets", T0), member, 7, SourceRef.of("o:" + thread)));
                    spent.addAndGet(7);
                } catch (InsufficientPointsException refused) {
                    // the balance is exhausted; refusals are the point of the test
                }
            }
            return null;
        });

        assertThat(spent.get()).isEqualTo(1000 / 7 * 7);
        assertThat(ledger.balances(member, FAR).available()).isEqualTo(1000 - spent.get());
    }

    @Test
    void manyThreadsRedeemingFromRandomMembersLeaveExactTotals() throws Exception {
        int members = 8;
        long[] ids = new long[members];
        for (int m = 0; m < members; m++) {
            ids[m] = newMember();
            ledger.grant(new Grant(op("gadgets", T0), ids[m], 300, T0.plusDays(30)));
            ledger.grant(new Grant(op("home", T0), ids[m], 200, T0.plusDays(5)));
        }
        AtomicLongArray spent = new AtomicLongArray(members);
        runConcurrently(THREADS, thread -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < 8; i++) {
                int m = random.nextInt(members);
                long points = random.nextLong(1, 60);
                try {
                    ledger.redeem(new Redemption(op("service", T0), ids[m], points, SourceRef.of("o:" + i)));
                    spent.addAndGet(m, points);
                } catch (InsufficientPointsException refused) {
                    // a member ran dry
                }
            }
            return null;
        });

        for (int m = 0; m < members; m++) {
            Balances balances = ledger.balances(ids[m], FAR);
            assertThat(balances.available()).isEqualTo(500 - spent.get(m)).isNotNegative();
        }
    }

    @Test
    void theSameKeyFromManyThreadsAtOnceHasOneEffect() throws Exception {
        long member = newMember();
        ledger.grant(new Grant(op("gadgets", T0), member, 100, FAR));
        Redemption redemption = new Redemption(op("gadgets", T0), member, 60, SourceRef.of("o:twin"));
        Accrual accrual = new Accrual(op("gadgets", T0), member, 25, SourceRef.of("o:twin"));

        Set<Long> redemptions = ConcurrentHashMap.newKeySet();
        Set<Long> accruals = ConcurrentHashMap.newKeySet();
        AtomicInteger firstTimes = new AtomicInteger();
        runConcurrently(THREADS, thread -> {
            Posting posting = thread % 2 == 0 ? ledger.redeem(redemption) : ledger.accrue(accrual);
            (thread % 2 == 0 ? redemptions : accruals).add(posting.transferId());
            if (!posting.replayed()) {
                firstTimes.incrementAndGet();
            }
            return null;
        });

        assertThat(redemptions).hasSize(1);
        assertThat(accruals).hasSize(1);
        assertThat(firstTimes.get()).isEqualTo(2);
        assertThat(ledger.balances(member, FAR)).extracting(Balances::available, Balances::pending)
                .containsExactly(40L, 25L);
    }

    /** Starts all workers at the same instant and rethrows the first failure. */
    private static void runConcurrently(int threads, ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> worker = () -> {
                    start.await();
                    return task.run(thread);
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadTask {
        Void run(int thread) throws Exception;
    }
}
