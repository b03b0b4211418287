package io.kopilka.promotions.internal;

import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One phase of promotions in an order (discounts, or extra cashback): the candidates in priority order (higher
 * first, then the older), and the stacking rule: a promotion that does not stack applies only alone in its phase,
 * so once it applies nothing else does, and it does not apply after another one did.
 */
final class PromotionPhase {

    private @Nullable Promotion applied;
    private boolean exclusive;

    /** The promotions of the types in effect for this order's audience, in priority order. */
    static List<Promotion> candidates(PromotionCatalog catalog, WorkingCalculation calculation,
                                      Set<PromotionType> types) {
        Shopper shopper = calculation.shopper();
        String tier = shopper == null ? null : shopper.tier().code();
        return calculation.promotionsInEffect(catalog).stream()
                .filter(p -> types.contains(p.terms().type()))
                .filter(p -> p.terms().audience().includes(calculation.input().basket(), tier))
                .sorted(Comparator.comparingInt((Promotion p) -> -p.terms().priority()).thenComparingLong(Promotion::id))
                .toList();
    }

    /**
     * Whether the promotion, which would change the order, may: explains and says no when stacking or the budget
     * forbids it.
     */
    boolean mayApply(Promotion promotion, WorkingCalculation calculation) {
        Promotion other = applied;
        if (other != null && (exclusive || !promotion.terms().stackable())) {
            calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_NOT_COMBINED,
                    "promotion", promotion.terms().name(), "other", other.terms().name()));
            return false;
        }
        BigDecimal left = promotion.budgetLeft();
        if (left != null && left.compareTo(BigDecimal.ONE) < 0) {
            calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_BUDGET_EXHAUSTED,
                    "promotion", promotion.terms().name()));
            return false;
        }
        return true;
    }

    /** Notes that the promotion applied. */
    void applied(Promotion promotion) {
        if (applied == null) {
            applied = promotion;
        }
        exclusive |= !promotion.terms().stackable();
    }
}
