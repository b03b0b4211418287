package io.kopilka.orders.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The part of a line's points or money that some of its units carry. Counted as the difference of floors of
 * cumulative shares, so batches and returns of a line add up exactly to the line's whole, whatever the order of the
 * steps: units 1..k always carry floor(whole × k / quantity).
 */
final class Shares {

    private Shares() {
    }

    /** Points carried by units {@code before+1 .. after} of a line of {@code quantity} units earning {@code whole}. */
    static long points(long whole, int quantity, int before, int after) {
        return cumulative(whole, quantity, after) - cumulative(whole, quantity, before);
    }

    /** Money (kopecks exact) carried by units {@code before+1 .. after} of a line worth {@code whole}. */
    static BigDecimal money(BigDecimal whole, int quantity, int before, int after) {
        return cumulative(whole, quantity, after).subtract(cumulative(whole, quantity, before));
    }

    private static long cumulative(long whole, int quantity, int units) {
        return Math.floorDiv(Math.multiplyExact(whole, (long) units), quantity);
    }

    private static BigDecimal cumulative(BigDecimal whole, int quantity, int units) {
        return whole.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(quantity), 2, RoundingMode.FLOOR);
    }
}
