package io.kopilka.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.ledger.LedgerModel.Member;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of every operation, with repeated and conflicting idempotency keys, against the real database:
 * after every step the ledger's balances and lots equal an independent model, and the whole-database check holds.
 */
class LedgerPropertiesTest {

    private static final int MEMBERS = 3;
    private static final int SOURCES = 4;
    private static final int ACTIONS = 16;
    private static final LocalDateTime FAR = LocalDateTime.of(2100, 1, 1, 0, 0);

    /** One random step: which action, on whom, how much, which source, how far time moves, and a free choice. */
    record Step(int action, int member, int amount, int source, int hours, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, ACTIONS - 1),
                Arbitraries.integers().between(0, MEMBERS - 1),
                Arbitraries.integers().between(1, 80),
                Arbitraries.integers().between(0, SOURCES - 1),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 9999)).as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 40)
    void randomOperationSequencesKeepEveryInvariantAndMatchAModel(@ForAll("steps") List<Step> steps) {
        new Run().play(steps);
    }

    /** One try: fresh members and sources, a model, and the operations done so far for replays. */
    private static final class Run {

        private final Ledger ledger = TestLedger.ledger();
        private final LedgerModel model = new LedgerModel();
        private final String tag = UUID.randomUUID().toString().substring(0, 8);
        private final long[] ids = new long[MEMBERS];
        private final Member[] members = new Member[MEMBERS];
        private final List<Done> done = new ArrayList<>();
        private final List<Long> payoutIds = new ArrayList<>();
        private final Map<Long, LedgerModel.Payout> payouts = new LinkedHashMap<>();
        private LocalDateTime time = LocalDateTime.of(2050, 1, 1, 0, 0);

        /** A successful operation: how to send it again, how to send its key with other content, what it answered. */
        private record Done(Supplier<Posting> again, Supplier<Posting> conflicting, Posting first) {
        }

        Run() {
            for (int m = 0; m < MEMBERS; m++) {
                ids[m] = TestLedger.newMember();
                members[m] = new Member();
            }
        }

        void play(List<Step> steps) {
            for (Step step : steps) {
                time = time.plusHours(step.hours());
                apply(step);
                for (int m = 0; m < MEMBERS; m++) {
                    assertMatchesModel(m);
                }
            }
            assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));
        }

        private void apply(Step s) {
            Member m = members[s.member()];
            long id = ids[s.member()];
            String source = tag + ":m" + s.member() + ":s" + s.source();
            LocalDateTime expiresAt = time.plusHours(24L + s.pick() % 200);
            switch (s.action()) {
                case 0, 1 -> {
                    Operation op = op("gadgets");
                    Accrual accrual = new Accrual(op, id, s.amount(), SourceRef.of(source));
                    record(() -> ledger.accrue(accrual),
                            () -> ledger.accrue(new Accrual(op, id, s.amount() + 1, SourceRef.of(source))));
                    m.pendingBySource.merge(source, (long) s.amount(), Long::sum);
                    m.pending += s.amount();
                    m.lastPurchase = max(m.lastPurchase, time);
                }
                case 2, 3 -> {
                    boolean whole = s.pick() % 3 == 0;
                    long held = m.pendingBySource.getOrDefault(source, 0L);
                    long points = whole ? held : s.amount();
                    Operation op = op("gadgets");
                    Long asked = whole ? null : (long) s.amount();
                    Supplier<Posting> call = s.action() == 2
                            ? () -> ledger.release(new Release(op, id, SourceRef.of(source), asked, expiresAt))
                            : () -> ledger.voidPending(new VoidPending(op, id, SourceRef.of(source), asked));
                    if (points == 0 || points > held) {
                        assertThatThrownBy(call::get).isInstanceOf(InsufficientPointsException.class);
                        return;
                    }
                    record(call, () -> ledger.voidPending(new VoidPending(op, id, SourceRef.of(source + "x"), 1L)));
                    m.pendingBySource.put(source, held - points);
                    m.pending -= points;
                    if (s.action() == 2) {
                        model.credit(m, points, expiresAt);
                    }
                }
                case 4, 5 -> {
                    Operation op = op(s.pick() % 2 == 0 ? "gadgets" : "home");
                    Redemption redemption = new Redemption(op, id, s.amount(), SourceRef.of(source));
                    if (s.amount() > m.available()) {
                        assertThatThrownBy(() -> ledger.redeem(redemption))
                                .isInstanceOf(InsufficientPointsException.class);
                        return;
                    }
                    record(() -> ledger.redeem(redemption),
                            () -> ledger.redeem(new Redemption(op, id, s.amount(), SourceRef.of(source + "x"))));
                    model.consume(m, s.amount());
                }
                case 6 -> {
                    long giveBack = s.pick() % 50;
                    Operation op = op("gadgets");
                    Reversal reversal = new Reversal(op, id, SourceRef.of(source), s.amount(), giveBack, expiresAt);
                    record(() -> ledger.reverse(reversal), () -> ledger.reverse(
                            new Reversal(op, id, SourceRef.of(source), s.amount(), giveBack + 1, expiresAt)));
                    long fromPending = Math.min(s.amount(), m.pendingBySource.getOrDefault(source, 0L));
                    m.pendingBySource.merge(source, -fromPending, Long::sum);
                    m.pending -= fromPending;
                    long rest = s.amount() - fromPending;
                    long fromAvailable = Math.min(rest, m.available());
                    model.consume(m, fromAvailable);
                    m.debt += rest - fromAvailable;
                    model.credit(m, giveBack, expiresAt);
                }
                case 7 -> {
                    Operation op = op(s.pick() % 2 == 0 ? "gadgets" : "service");
                    Grant grant = new Grant(op, id, s.amount(), expiresAt);
                    record(() -> ledger.grant(grant),
                            () -> ledger.grant(new Grant(op, id, s.amount(), expiresAt.plusDays(1))));
                    model.credit(m, s.amount(), expiresAt);
                }
                case 8 -> {
                    long points = s.pick() % 2 == 0 ? s.amount() : -s.amount();
                    Operation op = op("gadgets");
                    Adjustment adjustment = new Adjustment(op, id, points, expiresAt, "admin", "property test");
                    if (points < 0 && -points > m.available()) {
                        assertThatThrownBy(() -> ledger.adjust(adjustment))
                                .isInstanceOf(InsufficientPointsException.class);
                        return;
                    }
                    record(() -> ledger.adjust(adjustment), () -> ledger.adjust(
                            new Adjustment(op, id, points, expiresAt, "admin", "another comment")));
                    if (points > 0) {
                        model.credit(m, points, expiresAt);
                    } else {
                        model.consume(m, -points);
                    }
                }
                case 9 -> {
                    Operation op = op("gadgets");
                    PayoutRequest request = new PayoutRequest(op, id, s.amount());
                    if (s.amount() > m.available()) {
                        assertThatThrownBy(() -> ledger.requestPayout(request))
                                .isInstanceOf(InsufficientPointsException.class);
                        return;
                    }
                    Posting posting = record(() -> ledger.requestPayout(request),
                            () -> ledger.requestPayout(new PayoutRequest(op, id, s.amount() + 1)));
                    payoutIds.add(posting.transferId());
                    payouts.put(posting.transferId(), new LedgerModel.Payout(m, s.amount(), model.consume(m, s.amount())));
                    m.reserved += s.amount();
                }
                case 10 -> {
                    if (payoutIds.isEmpty()) {
                        return;
                    }
                    long payoutId = payoutIds.get(s.pick() % payoutIds.size());
                    LedgerModel.Payout payout = payouts.get(payoutId);
                    boolean approve = s.pick() % 2 == 0;
                    PayoutDecision decision = new PayoutDecision(op("gadgets"), payoutId, "finance");
                    Supplier<Posting> call = approve ? () -> ledger.approvePayout(decision)
                            : () -> ledger.rejectPayout(decision);
                    if (payout.decided) {
                        assertThatThrownBy(call::get).isInstanceOf(LedgerException.class);
                        return;
                    }
                    record(call, () -> ledger.approvePayout(new PayoutDecision(decision.operation(), payoutId,
                            "someone else")));
                    payout.decided = true;
                    payout.member.reserved -= payout.points;
                    if (!approve) {
                        payout.taken.forEach((lot, points) -> lot.remaining += points);
                    }
                }
                case 11 -> {
                    while (ledger.expireDue(time, Reason.of("ledger.reason.expired"), 25).members() > 0) {
                        // chunk by chunk
                    }
                    model.expireDue(List.of(members), time);
                }
                case 12 -> {
                    LocalDateTime cutoff = time.minusHours(48);
                    while (ledger.expireInactive(cutoff, time, Reason.of("ledger.reason.inactive"), 25).members() > 0) {
                        // chunk by chunk
                    }
                    model.expireInactive(List.of(members), cutoff);
                }
                case 13 -> bulkRelease(s.pick(), expiresAt);
                case 14 -> {
                    if (done.isEmpty()) {
                        return;
                    }
                    Done earlier = done.get(s.pick() % done.size());
                    Posting again = earlier.again().get();
                    assertThat(again.replayed()).isTrue();
                    assertThat(again).usingRecursiveComparison().ignoringFields("replayed").isEqualTo(earlier.first());
                }
                case 15 -> {
                    if (done.isEmpty()) {
                        return;
                    }
                    Done earlier = done.get(s.pick() % done.size());
                    assertThatThrownBy(() -> earlier.conflicting().get())
                            .isInstanceOf(IdempotencyConflictException.class);
                }
                default -> throw new IllegalArgumentException("No action " + s.action());
            }
        }

        /** Releases a random subset of all the try's sources in one bulk call; one lot per member. */
        private void bulkRelease(int pick, LocalDateTime expiresAt) {
            List<String> chosen = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                for (int s = 0; s < SOURCES; s++) {
                    if ((pick >> (m * SOURCES + s) % 13 & 1) == 1) {
                        chosen.add(tag + ":m" + m + ":s" + s);
                    }
                }
            }
            BulkResult result = ledger.releaseSources(new BulkRelease("gadgets", chosen, expiresAt,
                    Reason.of("ledger.reason.settled"), time));
            int changed = 0;
            long points = 0;
            for (Member m : members) {
                long total = 0;
                for (String source : chosen) {
                    Long held = m.pendingBySource.get(source);
                    if (held != null && held > 0) {
                        total += held;
                        m.pendingBySource.put(source, 0L);
                    }
                }
                if (total > 0) {
                    changed++;
                    points += total;
                    m.pending -= total;
                    model.credit(m, total, expiresAt);
                }
            }
            assertThat(result).isEqualTo(new BulkResult(changed, points));
        }

        private Posting record(Supplier<Posting> call, Supplier<Posting> conflicting) {
            Posting first = call.get();
            assertThat(first.replayed()).isFalse();
            done.add(new Done(call, conflicting, first));
            return first;
        }

        private Operation op(String network) {
            return new Operation(UUID.randomUUID().toString(), network,
                    Reason.of("ledger.reason.test", "tag", tag), time);
        }

        private void assertMatchesModel(int index) {
            Member m = members[index];
            Balances balances = ledger.balances(ids[index], FAR);
            assertThat(balances)
                    .extracting(Balances::available, Balances::pending, Balances::reserved, Balances::debt)
                    .as("member %d", index)
                    .containsExactly(m.available(), m.pending, m.reserved, m.debt);
            Map<LocalDate, Long> expiring = balances.expiring().stream().collect(Collectors.toMap(
                    ExpiringPoints::date, ExpiringPoints::points, Long::sum, TreeMap::new));
            assertThat(expiring).as("lots of member %d", index).isEqualTo(m.expiring());
        }

        private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
            return a == null || b.isAfter(a) ? b : a;
        }
    }
}
