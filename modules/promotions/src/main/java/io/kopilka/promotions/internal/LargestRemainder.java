package io.kopilka.promotions.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits whole points over lines in proportion to their weights so that the parts add up exactly: each line first
 * gets the whole part of its exact share, then the points left go one by one to the largest remainders (ties: the
 * earlier line), never past a line's cap and never to a line of weight zero.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Without caps. */
    static long[] split(long amount, List<BigDecimal> weights) {
        long[] caps = new long[weights.size()];
        Arrays.fill(caps, Long.MAX_VALUE);
        return split(amount, weights, caps);
    }

    /**
     * The parts of {@code amount} by {@code weights} (non-negative), each at most its cap.
     *
     * @throws IllegalArgumentException when the weights are all zero or the caps leave no room for the amount
     */
    static long[] split(long amount, List<BigDecimal> weights, long[] caps) {
        if (amount < 0 || weights.size() != caps.length) {
            throw new IllegalArgumentException("amount " + amount + " over " + weights.size() + " weights");
        }
        long[] parts = new long[weights.size()];
        if (amount == 0) {
            return parts;
        }
        int scale = weights.stream().mapToInt(w -> Math.max(0, w.scale())).max().orElse(0);
        List<BigInteger> units = new ArrayList<>(weights.size());
        BigInteger sum = BigInteger.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            BigInteger unit = weight.setScale(scale).unscaledValue();
            units.add(unit);
            sum = sum.add(unit);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("no weight to split " + amount + " by");
        }
        BigInteger whole = BigInteger.valueOf(amount);
        BigInteger[] remainders = new BigInteger[parts.length];
        long left = amount;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] share = whole.multiply(units.get(i)).divideAndRemainder(sum);
            parts[i] = Math.min(share[0].longValueExact(), caps[i]);
            remainders[i] = share[1];
            left -= parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        while (left > 0) {
            boolean given = false;
            for (int i : order) {
                if (left == 0) {
                    break;
                }
                if (parts[i] < caps[i] && units.get(i).signum() > 0) {
                    parts[i]++;
                    left--;
                    given = true;
                }
            }
            if (!given) {
                throw new IllegalArgumentException("caps leave no room for " + left + " of " + amount);
            }
        }
        return parts;
    }
}
