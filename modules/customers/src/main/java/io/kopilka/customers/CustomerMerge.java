package io.kopilka.customers;

/**
 * The result of {@link Customers#merge}: who was merged into whom and the kept person's tier before and after (the
 * higher of the two people's tiers).
 */
public record CustomerMerge(CustomerId kept, CustomerId duplicate, String keptTierBefore, String keptTierAfter) {

    /** The reason recorded in the tier history when a merge raises the kept person's tier. */
    public static final String TIER_REASON = "MERGE";
}
