package io.kopilka.programme.internal;

import io.kopilka.programme.InvalidTierSettingsException;
import io.kopilka.programme.Tier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What makes a tier valid on its own and among the others: sane percentages, a sane list of excluded brands, and thresholds that rise with the rank. */
final class TierRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_BRANDS = 200;
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000000");

    private TierRules() {
    }

    static void check(Tier changed, List<Tier> all) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (changed.name().isBlank()) {
            problems.put("name", "tier.name.required");
        } else if (changed.name().length() > 200) {
            problems.put("name", "tier.name.tooLong");
        }
        if (!percent(changed.cashbackPercent())) {
            problems.put("cashbackPercent", "tier.percent.range");
        }
        if (!percent(changed.maxRedeemPercent())) {
            problems.put("maxRedeemPercent", "tier.percent.range");
        }
        BigDecimal discount = changed.discountPercent();
        if (discount != null && !percent(discount)) {
            problems.put("discountPercent", "tier.percent.range");
        }
        if (changed.excludedBrands().size() > MAX_BRANDS
                || changed.excludedBrands().stream().anyMatch(brand -> brand.length() > 100)) {
            problems.put("excludedBrands", "tier.brands.tooMany");
        }
        BigDecimal threshold = changed.qualifyingPurchases();
        if (threshold.signum() < 0 || threshold.compareTo(MAX_THRESHOLD) > 0 || threshold.scale() > 2) {
            problems.put("qualifyingPurchases", "tier.threshold.range");
        } else if (all.stream().noneMatch(other -> other.rank() < changed.rank()) && threshold.signum() != 0) {
            problems.put("qualifyingPurchases", "tier.threshold.first"); // every customer must have a tier
        } else {
            for (Tier other : all) {
                boolean lower = other.rank() < changed.rank();
                boolean higher = other.rank() > changed.rank();
                if ((lower && other.qualifyingPurchases().compareTo(threshold) >= 0)
                        || (higher && other.qualifyingPurchases().compareTo(threshold) <= 0)) {
                    problems.put("qualifyingPurchases", "tier.threshold.order");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTierSettingsException(problems);
        }
    }

    private static boolean percent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }
}
