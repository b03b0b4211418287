package io.kopilka.notifications;

/** What a message tells the customer; each has a template per language. */
public enum EventType {
    /** Pending points became available at settlement, with the new total. */
    POINTS_CREDITED,
    /** A gift of points (a staff gift, a promotion's bonus). */
    POINTS_GRANTED,
    /** Points expire within two weeks. */
    POINTS_EXPIRING,
    /** The customer reached a higher tier. */
    TIER_UP,
    /** A payout request was received. */
    PAYOUT_REQUESTED,
    /** A payout was approved and paid. */
    PAYOUT_PAID,
    /** A payout was rejected and the points returned. */
    PAYOUT_REJECTED
}
