package io.kopilka.orders;

/** Where an order's cashback is, in the words the cabinet uses. */
public enum PointsState {
    /** No points: anonymous, below the minimum, or nothing earned. */
    NONE,
    /** Earned but not spendable yet (until delivery and settlement). */
    PENDING,
    /** Some batches settled, the rest pending. */
    PARTLY_AVAILABLE,
    /** Settled and spendable. */
    AVAILABLE,
    /** Taken back by returns. */
    RETURNED,
    /** Voided by the cancellation. */
    CANCELLED
}
