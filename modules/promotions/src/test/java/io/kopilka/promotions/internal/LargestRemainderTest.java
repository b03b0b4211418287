package io.kopilka.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Splitting whole points by weights: exact sums, shares within one point, caps respected. */
class LargestRemainderTest {

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(20)
                .filter(list -> list.stream().anyMatch(weight -> weight.signum() > 0));
    }

    @Property(tries = 500)
    void thePartsAddUpAndEachIsItsExactShareRoundedDownOrUp(@ForAll("weights") List<BigDecimal> weights,
                                                             @ForAll @LongRange(max = 10_000_000) long amount) {
        long[] parts = LargestRemainder.split(amount, weights);

        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            BigDecimal share = BigDecimal.valueOf(amount).multiply(weights.get(i)).divide(sum, 20, RoundingMode.DOWN);
            long floor = share.setScale(0, RoundingMode.FLOOR).longValueExact();
            assertThat(parts[i]).isBetween(floor, floor + 1);
            total += parts[i];
        }
        assertThat(total).isEqualTo(amount);
    }

    @Property(tries = 500)
    void withCapsThePartsStillAddUpAndNoneExceedsItsCap(@ForAll("weights") List<BigDecimal> weights,
                                                         @ForAll @LongRange(max = 10_000_000) long wanted) {
        long[] caps = weights.stream().mapToLong(w -> w.setScale(0, RoundingMode.FLOOR).longValueExact()).toArray();
        long room = 0;
        for (int i = 0; i < caps.length; i++) {
            room += caps[i];
        }
        Assume.that(room > 0);
        long amount = wanted % (room + 1);

        long[] parts = LargestRemainder.split(amount, weights, caps);

        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i]).isBetween(0L, caps[i]);
            total += parts[i];
        }
        assertThat(total).isEqualTo(amount);
    }

    @Test
    void tiesGoToTheEarlierLine() {
        assertThat(LargestRemainder.split(1, List.of(BigDecimal.ONE, BigDecimal.ONE))).containsExactly(1, 0);
    }

    @Test
    void nothingToSplitByIsRefused() {
        assertThatThrownBy(() -> LargestRemainder.split(1, List.of(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LargestRemainder.split(0, List.of(BigDecimal.ZERO))).containsExactly(0);
    }
}
