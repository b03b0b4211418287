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

    static TierFormData of(Tier tier) {
        TierFormData form = new TierFormData();
        form.name = tier.name();
        form.qualifyingPurchases = tier.qualifyingPurchases().stripTrailingZeros().toPlainString();
        form.cashbackPercent = tier.cashbackPercent().stripTrailingZeros().toPlainString();
        form.maxRedeemPercent = tier.maxRedeemPercent().stripTrailingZeros().toPlainString();
        return form;
    }

    /** A number as people type it: "1,5", "1.5", "50 000" (spaces, also non-breaking, between digit groups). */
    static java.util.Optional<BigDecimal> number(@Nullable String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String plain = typed.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        try {
            return plain.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
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
}
