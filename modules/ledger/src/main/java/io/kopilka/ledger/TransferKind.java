package io.kopilka.ledger;

/** The kinds of business operation a transfer records. */
public enum TransferKind {
    /** Points earned, landing in pending. */
    ACCRUAL,
    /** Pending points becoming available as a lot with an expiry date. */
    RELEASE,
    /** Pending points cancelled. */
    VOID,
    /** Available points spent, soonest-expiring first. */
    REDEMPTION,
    /** A return: earned points taken back, spent points given back. */
    REVERSAL,
    /** Bonus points from a promotion or staff, with their own validity. */
    GRANT,
    /** Lots past their date, or everything of an inactive member, leaving the member. */
    EXPIRY,
    /** Available points reserved for a payout. */
    PAYOUT_REQUEST,
    /** Reserved points paid out. */
    PAYOUT_APPROVAL,
    /** Reserved points returned to available. */
    PAYOUT_REJECTION,
    /** A manual correction by staff. */
    ADJUSTMENT,
    /** Everything of a duplicate member moved to the member kept, when two registrations of one person are merged. */
    MERGE
}
