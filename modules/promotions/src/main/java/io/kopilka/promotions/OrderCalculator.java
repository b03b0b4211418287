package io.kopilka.promotions;

/**
 * The calculation of an order as one explainable pipeline: tier discount, regional minimum, redemption within the
 * tier's share and the balance, cashback on the part paid with money, promotions, the monthly cap. Pure: it reads
 * the active promotions but changes nothing.
 */
public interface OrderCalculator {

    /** Calculates the order for the given shopper (or an anonymous one). */
    Calculation calculate(CalculationInput input);
}
