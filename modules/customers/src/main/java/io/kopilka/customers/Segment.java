package io.kopilka.customers;

/** The named RFM segments, in the order reports list them; see {@link CustomerSegments}. */
public enum Segment {
    /** First purchase (or registration without one) within the last 30 days. */
    NEW,
    /** Bought within the last 90 days, fewer than 5 purchases in the window. */
    ACTIVE,
    /** Bought within the last 90 days and at least 5 times in the window. */
    LOYAL,
    /** Last purchase 91–365 days ago. */
    AT_RISK,
    /** No purchase for more than a year, or never bought and registered more than 30 days ago. */
    CHURNED
}
