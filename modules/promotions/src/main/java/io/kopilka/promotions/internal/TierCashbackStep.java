package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.percentOf;
import static io.kopilka.promotions.internal.Values.points;

import io.kopilka.programme.Tier;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import org.springframework.stereotype.Component;

/** The tier's cashback per line, exact, on the part of the line paid with money: points earn no cashback. */
@Component
final class TierCashbackStep implements CalculationStep {

    @Override
    public int getOrder() {
        return TIER_CASHBACK;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        Tier tier = calculation.tier();
        if (tier == null) {
            return;
        }
        for (WorkingCalculation.Line line : calculation.lines()) {
            line.addCashback(percentOf(line.cashbackBase(), tier.cashbackPercent()));
        }
        if (calculation.pointsRedeemed() > 0) {
            calculation.explain(Explanation.of(ExplanationCodes.NO_CASHBACK_ON_POINTS,
                    "points", points(calculation.pointsRedeemed())));
        }
    }
}
