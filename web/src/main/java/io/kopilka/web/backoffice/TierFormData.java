package io.kopilka.web.backoffice;

import io.kopilka.programme.Tier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The form an administrator edits a tier with (a bean, so errors bind to its fields). */
public class TierFormData {

    private @Nullable String name;
    private @Nullable String qualifyingPurchases;
    private @Nullable String cashbackPercent;
    private @Nullable String maxRedeemPercent;
    private @Nullable String discountPercent;
    private @Nullable String excludedBrands;

    static TierFormData of(Tier tier) {
        TierFormData form = new TierFormData();
        form.name = tier.name();
        form.qualifyingPurchases = tier.qualifyingPurchases().stripTrailingZeros().toPlainString();
        form.cashbackPercent = tier.cashbackPercent().stripTrailingZeros().toPlainString();
        form.maxRedeemPercent = tier.maxRedeemPercent().stripTrailingZeros().toPlainString();
        BigDecimal discount = tier.discountPercent();
        form.discountPercent = discount == null ? "" : discount.stripTrailingZeros().toPlainString();
        form.excludedBrands = String.join(", ", tier.excludedBrands());
        return form;
    }

    /** The brands as typed: separated by commas, semicolons or new lines. */
    static java.util.List<String> brands(@Nullable String typed) {
        return typed == null ? java.util.List.of()
                : java.util.Arrays.stream(typed.split("[,;\\n]")).map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getQualifyingPurchases() {
        return qualifyingPurchases;
    }

    public void setQualifyingPurchases(@Nullable String qualifyingPurchases) {
        this.qualifyingPurchases = qualifyingPurchases;
    }

    public @Nullable String getCashbackPercent() {
        return cashbackPercent;
    }

    public void setCashbackPercent(@Nullable String cashbackPercent) {
        this.cashbackPercent = cashbackPercent;
    }

    public @Nullable String getMaxRedeemPercent() {
        return maxRedeemPercent;
    }

    public void setMaxRedeemPercent(@Nullable String maxRedeemPercent) {
        this.maxRedeemPercent = maxRedeemPercent;
    }

    public @Nullable String getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(@Nullable String discountPercent) {
        this.discountPercent = discountPercent;
    }

    public @Nullable String getExcludedBrands() {
        return excludedBrands;
    }

    public void setExcludedBrands(@Nullable String excludedBrands) {
        this.excludedBrands = excludedBrands;
    }
}
