package io.kopilka.promotions;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an order costs and earns: money before and after discounts, per-line results, the points it accrues, the
 * most it may redeem and what it does redeem, the promotions applied and the explanation of every rule that changed
 * or blocked points.
 */
public record Calculation(BigDecimal subtotal, BigDecimal discount, BigDecimal total, List<LineCalculation> lines,
                          long pointsToAccrue, long maxRedeemable, long pointsRedeemed,
                          List<AppliedPromotion> promotions, List<Explanation> explanations) {

    /** Copies the lists. */
    public Calculation {
        lines = List.copyOf(lines);
        promotions = List.copyOf(promotions);
        explanations = List.copyOf(explanations);
    }

    /** The part of the total paid with money: the total less the points redeemed. */
    public BigDecimal paidWithMoney() {
        return total.subtract(BigDecimal.valueOf(pointsRedeemed));
    }
}
