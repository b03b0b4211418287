package io.kopilka.ledger;

/** Where a payout stands: points reserved and waiting for finance, paid, or returned to the member. */
public enum PayoutStatus {
    /** Points reserved, waiting for finance's decision. */
    REQUESTED,
    /** Approved: the points were paid out as money. */
    PAID,
    /** Rejected: the points went back to the member's available balance. */
    REJECTED
}
