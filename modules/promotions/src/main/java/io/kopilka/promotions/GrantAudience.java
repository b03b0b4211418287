package io.kopilka.promotions;

/** Who a grant goes to. */
public enum GrantAudience {
    /** Every customer of the programme. */
    ALL,
    /** Customers of the tiers given an amount in the grant's tier points. */
    TIERS,
    /** Customers of an RFM segment. */
    SEGMENT,
    /** Customers without a purchase since a date. */
    SILENT_SINCE,
    /** Customers without an e-mail address. */
    NO_EMAIL
}
