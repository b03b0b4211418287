package io.kopilka.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A part of a whole, such as identified orders of all orders; its percentage is undefined when the whole is zero. */
public record Share(long part, long whole) {

    /** The part in percent with one decimal, or null when there is no whole to share. */
    public @Nullable BigDecimal percent() {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
