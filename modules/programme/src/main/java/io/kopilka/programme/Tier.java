package io.kopilka.programme;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A level of the programme: reached with {@code qualifyingPurchases} over the qualification window, it sets the
 * cashback and the largest share of an order that may be paid with points (both in percent), and optionally a
 * discount in percent that does not apply to the {@code excludedBrands}.
 */
public record Tier(String code, String name, int rank, BigDecimal qualifyingPurchases,
                   BigDecimal cashbackPercent, BigDecimal maxRedeemPercent,
                   @Nullable BigDecimal discountPercent, List<String> excludedBrands) {

    public Tier {
        excludedBrands = List.copyOf(excludedBrands);
    }

    /** A tier without a discount. */
    public Tier(String code, String name, int rank, BigDecimal qualifyingPurchases, BigDecimal cashbackPercent,
                BigDecimal maxRedeemPercent) {
        this(code, name, rank, qualifyingPurchases, cashbackPercent, maxRedeemPercent, null, List.of());
    }
}
