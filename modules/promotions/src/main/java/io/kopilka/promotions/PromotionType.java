package io.kopilka.promotions;

/** What a promotion does; each type plugs into the order calculation or the grants in its own way. */
public enum PromotionType {
    /** Extra cashback percentage points on the part of an order paid by given payment methods (SBP, cash). */
    PAYMENT_CASHBACK,
    /** Extra cashback on lines of a category, brand, supplier or product (all lines without a target). */
    EXTRA_CASHBACK,
    /** A percentage off lines of a category, brand, supplier or product. */
    DISCOUNT,
    /** A percentage off the target lines when a trigger line is in the basket (−30 % pastry with coffee). */
    BUNDLE,
    /** Buy at least N units or a sum of a target between the dates → a one-time bonus. */
    CHALLENGE,
    /** Points granted once to an audience (all, tiers with an amount each, a segment, the silent, without e-mail). */
    GRANT,
    /** A percentage off (all lines or a target) for a customer around their birthday, once per birthday. */
    BIRTHDAY_DISCOUNT;

    /** Whether the type changes an order's calculation. */
    public boolean inCalculation() {
        return this == PAYMENT_CASHBACK || this == EXTRA_CASHBACK || this == DISCOUNT || this == BUNDLE
                || this == BIRTHDAY_DISCOUNT;
    }
}
