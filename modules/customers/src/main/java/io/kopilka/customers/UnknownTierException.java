package io.kopilka.customers;

/** Says that the programme has no tier with the given code. */
public class UnknownTierException extends RuntimeException {

    /** For the tier code that was not found. */
    public UnknownTierException(String tierCode) {
        super("customer.tier.unknown: " + tierCode);
    }
}
