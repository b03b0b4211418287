package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.floor;
import static io.kopilka.promotions.internal.Values.money;
import static io.kopilka.promotions.internal.Values.percent;
import static io.kopilka.promotions.internal.Values.percentOf;
import static io.kopilka.promotions.internal.Values.points;

import io.kopilka.programme.Tier;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The order's cashback: the lines' raw cashback summed and rounded down to whole points, once per order (not per
 * line, which would lose up to a point a line). The dropped fraction is not explained: it is the programme's
 * standing rule, true of nearly every order.
 */
@Component
final class CashbackRoundingStep implements CalculationStep {

    @Override
    public int getOrder() {
        return ROUNDING;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        Tier tier = calculation.tier();
        if (calculation.cashbackBlocked() || tier == null) {
            calculation.accrue(0);
            return;
        }
        calculation.accrue(floor(calculation.rawCashback()));
        BigDecimal base = calculation.cashbackBase();
        long tierPoints = floor(percentOf(base, tier.cashbackPercent()));
        if (tierPoints > 0) {
            calculation.explain(Explanation.of(ExplanationCodes.TIER_CASHBACK, "tier", tier.name(),
                    "percent", percent(tier.cashbackPercent()), "base", money(base), "points", points(tierPoints)));
        }
    }
}
