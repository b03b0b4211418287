package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.points;

import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Shopper;
import org.springframework.stereotype.Component;

/** Cuts the order's cashback to what is left of the monthly cap after the cashback already accrued this month. */
@Component
final class MonthlyCapStep implements CalculationStep {

    @Override
    public int getOrder() {
        return MONTHLY_CAP;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        Long cap = calculation.input().policies().monthlyCashbackCap();
        Shopper shopper = calculation.shopper();
        if (cap == null || shopper == null) {
            return;
        }
        long already = Math.max(0, shopper.cashbackThisMonth());
        long remaining = Math.max(0, cap - already);
        long cashback = calculation.pointsToAccrue();
        if (cashback > remaining) {
            calculation.accrue(remaining);
            calculation.explain(Explanation.of(ExplanationCodes.MONTHLY_CAP_REACHED, "cap", points(cap),
                    "alreadyThisMonth", points(already), "given", points(remaining),
                    "notGiven", points(cashback - remaining)));
        }
    }
}
