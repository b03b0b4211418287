package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.floor;
import static io.kopilka.promotions.internal.Values.money;
import static io.kopilka.promotions.internal.Values.percent;
import static io.kopilka.promotions.internal.Values.percentOf;
import static io.kopilka.promotions.internal.Values.points;

import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Promotions' extra cashback, on top of the tier's: on the part of each line paid by the promotion's payment methods
 * (PAYMENT_CASHBACK: an order paid 4 000 ₽ by SBP and 6 000 ₽ by card earns the extra on 4 000 ₽ only), or on the
 * money-paid part of its target lines (EXTRA_CASHBACK). A promotion's extra is whole points (its raw sum rounded
 * down, at most what its budget has left) spread over its lines, so the order's rounding adds it unchanged. Skipped
 * when the order earns no cashback at all (anonymous, below the region's minimum), which the programme's own steps
 * explain.
 */
@Component
final class PromotionCashbackStep implements CalculationStep {

    private final PromotionCatalog catalog;

    PromotionCashbackStep(PromotionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int getOrder() {
        return PROMOTION_CASHBACK;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        if (calculation.cashbackBlocked() || calculation.tier() == null
                || calculation.total().compareTo(calculation.input().region().minOrderForCashback()) < 0) {
            return;
        }
        PromotionPhase phase = new PromotionPhase();
        for (Promotion promotion : PromotionPhase.candidates(catalog, calculation,
                Set.of(PromotionType.PAYMENT_CASHBACK, PromotionType.EXTRA_CASHBACK))) {
            PromotionTerms terms = promotion.terms();
            BigDecimal share = share(terms, calculation.input().basket().payments());
            if (terms.percent() == null || share.signum() == 0) {
                continue;
            }
            List<WorkingCalculation.Line> lines = new ArrayList<>();
            List<BigDecimal> raw = new ArrayList<>();
            BigDecimal base = BigDecimal.ZERO;
            for (WorkingCalculation.Line line : calculation.lines()) {
                if (!terms.targets(line.basketLine())) {
                    continue;
                }
                if (terms.excludes(line.basketLine())) {
                    calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_BRAND_EXCLUDED, "promotion",
                            terms.name(), "brand", line.basketLine().brand().trim(), "lineId", line.lineId()));
                    continue;
                }
                BigDecimal lineBase = line.cashbackBase().multiply(share);
                if (lineBase.signum() > 0) {
                    lines.add(line);
                    raw.add(percentOf(lineBase, terms.percent()));
                    base = base.add(lineBase);
                }
            }
            long points = floor(raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            if (points == 0 || !phase.mayApply(promotion, calculation)) {
                continue;
            }
            BigDecimal left = promotion.budgetLeft();
            if (left != null && points > floor(left)) {
                points = floor(left);
                calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_BUDGET_EXHAUSTED,
                        "promotion", terms.name()));
            }
            long[] parts = LargestRemainder.split(points, raw);
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).addCashback(BigDecimal.valueOf(parts[i]));
            }
            Explanation effect = terms.type() == PromotionType.PAYMENT_CASHBACK
                    ? Explanation.of(ExplanationCodes.PROMOTION_PAYMENT_CASHBACK, "promotion", terms.name(),
                            "percent", percent(terms.percent()), "methods", methods(terms),
                            "base", money(base), "points", points(points))
                    : Explanation.of(ExplanationCodes.PROMOTION_EXTRA_CASHBACK, "promotion", terms.name(),
                            "percent", percent(terms.percent()), "base", money(base), "points", points(points));
            calculation.explain(effect);
            calculation.apply(new AppliedPromotion(Long.toString(promotion.id()), terms.name(), effect, points,
                    BigDecimal.ZERO.setScale(2)));
            phase.applied(promotion);
        }
    }

    /**
     * The share of the money paid that the promotion's methods paid: 1 for EXTRA_CASHBACK; for PAYMENT_CASHBACK the
     * methods' amount over all money payments, 0 when the order does not say how it is paid.
     */
    static BigDecimal share(PromotionTerms terms, List<Payment> payments) {
        if (terms.type() != PromotionType.PAYMENT_CASHBACK) {
            return BigDecimal.ONE;
        }
        BigDecimal money = BigDecimal.ZERO;
        BigDecimal byMethods = BigDecimal.ZERO;
        for (Payment payment : payments) {
            if (payment.method().isMoney()) {
                money = money.add(payment.amount());
                if (terms.paymentMethods().contains(payment.method())) {
                    byMethods = byMethods.add(payment.amount());
                }
            }
        }
        return money.signum() == 0 ? BigDecimal.ZERO : byMethods.divide(money, MathContext.DECIMAL128);
    }

    private static String methods(PromotionTerms terms) {
        return terms.paymentMethods().stream().map(PaymentMethod::name).sorted().collect(Collectors.joining(", "));
    }
}
