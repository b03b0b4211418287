package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.money;
import static io.kopilka.promotions.internal.Values.percent;
import static io.kopilka.promotions.internal.Values.percentOf;

import io.kopilka.programme.Tier;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The tier's discount on every line whose brand the tier does not exclude, rounded half up to kopecks per line.
 * Brands compare as the programme stores them: trimmed, inner spaces collapsed, ignoring case.
 */
@Component
final class TierDiscountStep implements CalculationStep {

    @Override
    public int getOrder() {
        return TIER_DISCOUNT;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        Tier tier = calculation.tier();
        if (tier == null || tier.discountPercent() == null || tier.discountPercent().signum() <= 0) {
            return;
        }
        BigDecimal percent = tier.discountPercent();
        Set<String> excluded = tier.excludedBrands().stream().map(TierDiscountStep::normalised)
                .collect(Collectors.toSet());
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (WorkingCalculation.Line line : calculation.lines()) {
            String brand = line.basketLine().brand();
            if (brand != null && excluded.contains(normalised(brand))) {
                calculation.explain(Explanation.of(ExplanationCodes.BRAND_EXCLUDED,
                        "brand", brand.trim(), "lineId", line.lineId()));
            } else {
                total = total.add(line.discount(percentOf(line.gross(), percent).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        if (total.signum() > 0) {
            calculation.explain(Explanation.of(ExplanationCodes.TIER_DISCOUNT,
                    "tier", tier.name(), "percent", percent(percent), "amount", money(total)));
        }
    }

    private static String normalised(String brand) {
        return brand.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
