package io.kopilka.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random histories of two members, then the move of one into the other: the sum of both members' available + pending
 * − debt is preserved, the kept member holds the union of both members' lots by expiry date, the duplicate holds
 * nothing, the moved sources settle on the kept member, and the whole-database check holds.
 */
class MemberMovePropertiesTest {

    private static final int ACTIONS = 9;
    private static final int SOURCES = 3;
    private static final LocalDateTime FAR = LocalDateTime.of(2200, 1, 1, 0, 0);

    /** One random step: which action, on which of the two, how much, which source, how far time moves, a free pick. */
    record Step(int action, int member, int amount, int source, int hours, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, ACTIONS - 1),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 80),
                Arbitraries.integers().between(0, SOURCES - 1),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 9999)).as(Step::new);
        return step.list().ofMinSize(0).ofMaxSize(30);
    }

    @Property(tries = 30)
    void movingAMemberPreservesTheirPointsAndEveryInvariant(@ForAll("histories") List<Step> history) {
        Ledger ledger = TestLedger.ledger();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long[] ids = {TestLedger.newMember(), TestLedger.newMember()};
        LocalDateTime time = LocalDateTime.of(2060, 1, 1, 0, 0);
        for (Step s : history) {
            time = time.plusHours(s.hours());
            play(ledger, s, ids[s.member()], tag + ":m" + s.member() + ":s" + s.source(), time);
        }
        long duplicate = ids[0];
        long kept = ids[1];
        Balances d = ledger.balances(duplicate, FAR);
        Balances k = ledger.balances(kept, FAR);
        Map<LocalDate, Long> lots = byDate(d);
        byDate(k).forEach((date, points) -> lots.merge(date, points, Long::sum));
        List<PendingPoints> sources = ledger.pendingOfMember(duplicate);

        MemberMoved moved = ledger.moveMember(new MemberMove(op("portal", time, tag), duplicate, kept));

        assertThat(moved).extracting(MemberMoved::available, MemberMoved::pending, MemberMoved::debt)
                .containsExactly(d.available(), d.pending(), d.debt());
        Balances after = ledger.balances(kept, FAR);
        assertThat(after.available() + after.pending() - after.debt())
                .isEqualTo(d.available() + d.pending() - d.debt() + k.available() + k.pending() - k.debt());
        assertThat(after).extracting(Balances::available, Balances::pending, Balances::debt)
                .containsExactly(d.available() + k.available(), d.pending() + k.pending(), d.debt() + k.debt());
        assertThat(byDate(after)).isEqualTo(lots);
        assertThat(ledger.balances(duplicate, FAR)).extracting(Balances::available, Balances::pending,
                Balances::reserved, Balances::debt).containsExactly(0L, 0L, 0L, 0L);
        assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));

        for (PendingPoints source : sources) {
            ledger.release(new Release(op(source.network(), time, tag), kept, SourceRef.of(source.sourceRef()), null,
                    FAR));
        }
        assertThat(ledger.balances(kept, FAR).pending()).isEqualTo(k.pending());
        assertThat(ledger.check()).isEqualTo(new LedgerCheck(true, 0, 0, 0));
    }

    /** One step of a member's history; a refused step (too few points) records nothing and is skipped. */
    private static void play(Ledger ledger, Step s, long id, String source, LocalDateTime time) {
        LocalDateTime expiresAt = time.plusHours(24L + s.pick() % 300);
        String tag = source.substring(0, 8);
        try {
            switch (s.action()) {
                case 0, 1 -> ledger.accrue(new Accrual(op(s.pick() % 2 == 0 ? "gadgets" : "home", time, tag), id,
                        s.amount(), SourceRef.of(source)));
                case 2 -> ledger.release(new Release(op("gadgets", time, tag), id, SourceRef.of(source),
                        s.pick() % 3 == 0 ? null : (long) s.amount(), expiresAt));
                case 3 -> ledger.voidPending(new VoidPending(op("gadgets", time, tag), id, SourceRef.of(source),
                        (long) s.amount()));
                case 4 -> ledger.redeem(new Redemption(op("service", time, tag), id, s.amount(),
                        SourceRef.of(source + "r")));
                case 5 -> ledger.reverse(new Reversal(op("gadgets", time, tag), id, SourceRef.of(source), s.amount(),
                        s.pick() % 40, expiresAt));
                case 6 -> ledger.grant(new Grant(op(s.pick() % 2 == 0 ? "home" : "service", time, tag), id,
                        s.amount(), expiresAt));
                case 7 -> {
                    Posting payout = ledger.requestPayout(new PayoutRequest(op("portal", time, tag), id, s.amount()));
                    PayoutDecision decision = new PayoutDecision(op("portal", time, tag), payout.transferId(), "fin");
                    if (s.pick() % 2 == 0) {
                        ledger.approvePayout(decision);
                    } else {
                        ledger.rejectPayout(decision);
                    }
                }
                case 8 -> {
                    while (ledger.expireDue(time, Reason.of("ledger.reason.expired"), 25).members() > 0) {
                        // chunk by chunk
                    }
                }
                default -> throw new IllegalArgumentException("No action " + s.action());
            }
        } catch (InsufficientPointsException refused) {
            // the history asked for more than there was; nothing was recorded
        }
    }

    private static Map<LocalDate, Long> byDate(Balances balances) {
        Map<LocalDate, Long> byDate = new TreeMap<>();
        balances.expiring().forEach(e -> byDate.merge(e.date(), e.points(), Long::sum));
        return byDate;
    }

    private static Operation op(String network, LocalDateTime time, String tag) {
        return new Operation(UUID.randomUUID().toString(), network, Reason.of("ledger.reason.test", "tag", tag), time);
    }
}
