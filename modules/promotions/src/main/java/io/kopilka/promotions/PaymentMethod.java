package io.kopilka.promotions;

/** How (part of) an order is paid; {@code POINTS} means points to redeem, one point per rouble. */
public enum PaymentMethod {
    CARD, CASH, SBP, POINTS, OTHER;

    /** Whether this is money rather than points. */
    public boolean isMoney() {
        return this != POINTS;
    }
}
