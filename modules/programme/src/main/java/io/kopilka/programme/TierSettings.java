package io.kopilka.programme;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator may change of a tier: its name, the purchases that reach it, its cashback, the share payable
 * with points, and an optional discount with the brands it excludes (normalised when saved).
 */
public record TierSettings(String name, BigDecimal qualifyingPurchases, BigDecimal cashbackPercent,
                           BigDecimal maxRedeemPercent, @Nullable BigDecimal discountPercent,
                           List<String> excludedBrands) {

    public TierSettings {
        excludedBrands = List.copyOf(excludedBrands);
    }

    /** Settings without a discount. */
    public TierSettings(String name, BigDecimal qualifyingPurchases, BigDecimal cashbackPercent,
                        BigDecimal maxRedeemPercent) {
        this(name, qualifyingPurchases, cashbackPercent, maxRedeemPercent, null, List.of());
    }

    /** The settings a tier has now, to change one value of them. */
    public static TierSettings of(Tier tier) {
        return new TierSettings(tier.name(), tier.qualifyingPurchases(), tier.cashbackPercent(),
                tier.maxRedeemPercent(), tier.discountPercent(), tier.excludedBrands());
    }
}
