package io.kopilka.promotions;

import java.math.BigDecimal;

/**
 * What launching a promotion would do, judged by the last 30 days.
 *
 * @param eligibleCustomers customers in its audience
 * @param estimatedCost     roubles of discounts plus points it would have given on the last 30 days' orders (for a
 *                          grant: the points it would grant now); at most the budget cap
 * @param orders            orders of the last 30 days it would have changed (0 for grants)
 */
public record PromotionPreview(long eligibleCustomers, BigDecimal estimatedCost, long orders) {
}
