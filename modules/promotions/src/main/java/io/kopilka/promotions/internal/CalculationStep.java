package io.kopilka.promotions.internal;

import org.springframework.core.Ordered;

/**
 * One rule of the order calculation. Every bean of this type joins the pipeline at its {@link #getOrder() order}; the
 * constants below are the programme's own steps, spaced so that promotions can plug in between them: discounts
 * before {@link #REDEMPTION}, extra cashback before {@link #REGION_MINIMUM} (and so before the rounding). The working
 * state refuses a discount after the redemption and extra cashback after the rounding.
 */
public interface CalculationStep extends Ordered {

    /** An unidentified shopper: no cashback, no redemption. */
    int ANONYMOUS = 100;
    /** The tier's discount per line, except excluded brands. */
    int TIER_DISCOUNT = 200;
    /** Where promotions' discounts belong (bundles, categories). */
    int PROMOTION_DISCOUNTS = 300;
    /** Points redeemed within the tier's share and the balance, spread over the lines. */
    int REDEMPTION = 400;
    /** The tier's raw cashback per line on the part paid with money. */
    int TIER_CASHBACK = 500;
    /** Where promotions' extra cashback belongs (payment methods, categories, brands, channels). */
    int PROMOTION_CASHBACK = 600;
    /** No cashback below the region's minimum order. */
    int REGION_MINIMUM = 700;
    /** The order's cashback: the lines' raw cashback summed and rounded down to whole points. */
    int ROUNDING = 800;
    /** The monthly cashback cap. */
    int MONTHLY_CAP = 900;
    /** The monthly cap's cut taken from the promotions' extra points first, so their recorded effect is true. */
    int PROMOTION_CAP = 950;
    /** The order's final cashback spread over the lines. */
    int LINE_CASHBACK = 1000;

    /** Applies the rule to the working state. */
    void apply(WorkingCalculation calculation);
}
