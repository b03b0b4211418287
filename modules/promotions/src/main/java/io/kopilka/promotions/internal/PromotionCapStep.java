package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.floor;

import io.kopilka.promotions.AppliedPromotion;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When the monthly cap cut the order's cashback, the cut comes out of the promotions' extra points first (the last
 * applied first): the customer's tier cashback is theirs by the programme, the extra is a bonus on top. This keeps
 * each promotion's recorded points — its results and its budget — equal to what it really gave.
 */
@Component
final class PromotionCapStep implements CalculationStep {

    @Override
    public int getOrder() {
        return PROMOTION_CAP;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        long cut = calculation.cashbackBlocked() ? 0 : floor(calculation.rawCashback()) - calculation.pointsToAccrue();
        List<AppliedPromotion> applied = calculation.appliedPromotions();
        for (int i = applied.size() - 1; i >= 0 && cut > 0; i--) {
            AppliedPromotion promotion = applied.get(i);
            long taken = Math.min(cut, promotion.points());
            if (taken > 0) {
                calculation.replacePromotion(i, new AppliedPromotion(promotion.promotionId(), promotion.name(),
                        promotion.effect(), promotion.points() - taken, promotion.discount()));
                cut -= taken;
            }
        }
    }
}
