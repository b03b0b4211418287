package io.kopilka.promotions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Explanation parameters as plain strings the web layer formats: money with two decimals, percent without trailing zeros. */
public final class Values {

    private Values() {
    }

    /** Money as {@code 10000.00}. */
    public static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage as {@code 1.5} or {@code 5}. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    /** Whole points as {@code 3000}. */
    public static String points(long points) {
        return Long.toString(points);
    }

    /** {@code amount × percent / 100}, exact. */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    /** Whole points below a non-negative amount. */
    static long floor(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
