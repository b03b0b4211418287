package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.Region;
import org.jspecify.annotations.Nullable;

/** The form an administrator adds or changes a region with (a bean, so errors bind to its fields). */
public class RegionFormData {

    private @Nullable String code;
    private @Nullable String name;
    private @Nullable String minOrderForCashback;

    static RegionFormData of(Region region) {
        RegionFormData form = new RegionFormData();
        form.code = region.code();
        form.name = region.name();
        form.minOrderForCashback = region.minOrderForCashback().stripTrailingZeros().toPlainString();
        return form;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getMinOrderForCashback() {
        return minOrderForCashback;
    }

    public void setMinOrderForCashback(@Nullable String minOrderForCashback) {
        this.minOrderForCashback = minOrderForCashback;
    }
}
