package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.money;

import io.kopilka.programme.Region;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * An order whose total (after discounts, before points) is below its region's minimum earns no cashback at all, the
 * promotions' included; an order exactly at the minimum earns it.
 */
@Component
final class RegionMinimumStep implements CalculationStep {

    @Override
    public int getOrder() {
        return REGION_MINIMUM;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        if (calculation.shopper() == null) {
            return; // anonymous: already no cashback, and ANONYMOUS says why
        }
        Region region = calculation.input().region();
        BigDecimal total = calculation.total();
        if (total.compareTo(region.minOrderForCashback()) < 0) {
            calculation.blockCashback();
            calculation.explain(Explanation.of(ExplanationCodes.BELOW_REGION_MINIMUM,
                    "region", region.name(), "minimum", money(region.minOrderForCashback()), "total", money(total)));
        }
    }
}
