package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.floor;
import static io.kopilka.promotions.internal.Values.percent;
import static io.kopilka.promotions.internal.Values.percentOf;
import static io.kopilka.promotions.internal.Values.points;

import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Redeems the points the POINTS payments ask for, within the tier's share of the total and the available balance,
 * and spreads them over the lines in proportion to their totals. A point pays a whole rouble, so no line takes more
 * points than the whole roubles of its total; that is a third limit, which binds only when lines have kopecks.
 */
@Component
final class RedemptionStep implements CalculationStep {

    @Override
    public int getOrder() {
        return REDEMPTION;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        List<WorkingCalculation.Line> lines = calculation.lines();
        Shopper shopper = calculation.shopper();
        if (shopper == null) {
            calculation.redeem(0, new long[lines.size()]);
            return;
        }
        long requested = requested(calculation.input().basket().payments());
        long tierLimit = Math.max(0, floor(percentOf(calculation.total(), shopper.tier().maxRedeemPercent())));
        long available = Math.max(0, shopper.availablePoints());
        long[] caps = lines.stream().mapToLong(line -> floor(line.net())).toArray();
        long wholeRoubles = Arrays.stream(caps).sum();
        long max = Math.min(Math.min(tierLimit, available), wholeRoubles);
        long redeemed = Math.min(requested, max);

        if (requested > tierLimit) {
            calculation.explain(Explanation.of(ExplanationCodes.REDEEM_LIMITED_BY_TIER,
                    "tier", shopper.tier().name(), "percent", percent(shopper.tier().maxRedeemPercent()),
                    "limit", points(tierLimit), "requested", points(requested)));
        }
        if (requested > available) {
            calculation.explain(Explanation.of(ExplanationCodes.INSUFFICIENT_POINTS,
                    "available", points(available), "requested", points(requested)));
        }
        if (requested > wholeRoubles && wholeRoubles < Math.min(tierLimit, available)) {
            calculation.explain(Explanation.of(ExplanationCodes.REDEEM_LIMITED_TO_WHOLE_ROUBLES,
                    "limit", points(wholeRoubles), "requested", points(requested)));
        }
        List<BigDecimal> nets = lines.stream().map(WorkingCalculation.Line::net).toList();
        calculation.redeem(max, LargestRemainder.split(redeemed, nets, caps));
    }

    /** The points asked for: the POINTS payments' amounts, whole (the orders module refuses fractions). */
    private static long requested(List<Payment> payments) {
        BigDecimal sum = payments.stream().filter(payment -> payment.method() == PaymentMethod.POINTS)
                .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Math.max(0, sum.setScale(0, RoundingMode.DOWN).longValueExact());
    }
}
