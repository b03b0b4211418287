package io.kopilka.orders.internal;

import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Posting;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Redemption;
import io.kopilka.ledger.Reversal;
import io.kopilka.ledger.SourceRef;
import io.kopilka.ledger.VoidPending;
import io.kopilka.orders.OrderSource;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ledger operations of orders, with their idempotency keys and reasons. The order's own idempotency (its
 * tables) answers repeats first; these keys are the second guard, so a step is never posted twice.
 */
@Component
class Postings {

    private final Ledger ledger;

    Postings(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The ledger source of an order's points. */
    static String sourceOf(String externalId) {
        return OrderSource.of(externalId);
    }

    void redeem(OrderRef order, long points, LocalDateTime at) {
        ledger.redeem(new Redemption(op(order, "redeem", "order.redeemed", at), order.memberId(), points,
                SourceRef.of(sourceOf(order.externalId()))));
    }

    void accrue(OrderRef order, String step, long points, LocalDateTime at) {
        ledger.accrue(new Accrual(op(order, step, "order.purchase", at), order.memberId(), points,
                SourceRef.of(sourceOf(order.externalId()))));
    }

    long pending(OrderRef order) {
        return ledger.pending(order.network(), sourceOf(order.externalId()));
    }

    void voidPending(OrderRef order, String step, long points, String reason, LocalDateTime at) {
        ledger.voidPending(new VoidPending(op(order, step, reason, at), order.memberId(),
                SourceRef.of(sourceOf(order.externalId())), points));
    }

    /** Takes back earned points (pending first) and gives back spent ones; returns the debt recorded. */
    long reverse(OrderRef order, String step, List<String> lines, long takeBack, long giveBack, String reason,
                 LocalDateTime at, LocalDateTime giveBackExpiresAt) {
        if (takeBack + giveBack == 0) {
            return 0;
        }
        Posting posting = ledger.reverse(new Reversal(op(order, step, reason, at), order.memberId(),
                new SourceRef(sourceOf(order.externalId()), lines), takeBack, giveBack, giveBackExpiresAt));
        return Math.max(0, posting.debtChange());
    }

    private static Operation op(OrderRef order, String step, String reason, LocalDateTime at) {
        return new Operation("order:" + order.externalId() + ":" + step, order.network(),
                Reason.of(reason, "order", order.externalId()), at);
    }

    /** The order as its postings name it. */
    record OrderRef(String network, String externalId, long memberId) {
    }
}
