package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.Values.money;
import static io.kopilka.promotions.internal.Values.percent;
import static io.kopilka.promotions.internal.Values.percentOf;

import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Promotions' discounts: a percentage off the target lines (DISCOUNT), or off the target lines when a trigger line is
 * in the basket (BUNDLE), or off the target lines of an identified customer near their birthday, once per birthday
 * (BIRTHDAY_DISCOUNT); excluded brands keep their price. Each line's discount is rounded half up to kopecks and
 * taken off what the line costs after the discounts before it; a budget cap cuts the last lines' discounts.
 */
@Component
final class PromotionDiscountStep implements CalculationStep {

    private final PromotionCatalog catalog;

    PromotionDiscountStep(PromotionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int getOrder() {
        return PROMOTION_DISCOUNTS;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        PromotionPhase phase = new PromotionPhase();
        for (Promotion promotion : PromotionPhase.candidates(catalog, calculation,
                Set.of(PromotionType.DISCOUNT, PromotionType.BUNDLE, PromotionType.BIRTHDAY_DISCOUNT))) {
            PromotionTerms terms = promotion.terms();
            if (terms.percent() == null || !triggered(terms, calculation)) {
                continue;
            }
            LocalDate birthday = null;
            if (terms.type() == PromotionType.BIRTHDAY_DISCOUNT) {
                birthday = birthday(promotion, calculation);
                if (birthday == null) {
                    continue;
                }
            }
            List<WorkingCalculation.Line> lines = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            List<Explanation> exclusions = new ArrayList<>();
            for (WorkingCalculation.Line line : calculation.lines()) {
                if (!terms.targets(line.basketLine())) {
                    continue;
                }
                if (terms.excludes(line.basketLine())) {
                    exclusions.add(Explanation.of(ExplanationCodes.PROMOTION_BRAND_EXCLUDED, "promotion",
                            terms.name(), "brand", line.basketLine().brand().trim(), "lineId", line.lineId()));
                    continue;
                }
                BigDecimal amount = percentOf(line.net(), terms.percent()).setScale(2, RoundingMode.HALF_UP);
                if (amount.signum() > 0) {
                    lines.add(line);
                    amounts.add(amount);
                }
            }
            exclusions.forEach(calculation::explain);
            if (lines.isEmpty() || !phase.mayApply(promotion, calculation)) {
                continue;
            }
            BigDecimal left = promotion.budgetLeft();
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < lines.size(); i++) {
                BigDecimal amount = left == null ? amounts.get(i) : amounts.get(i).min(left.subtract(total));
                if (amount.signum() > 0) {
                    total = total.add(lines.get(i).discount(amount));
                }
            }
            Explanation effect = birthday != null
                    ? Explanation.of(ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT, "promotion", terms.name(),
                            "percent", percent(terms.percent()), "amount", money(total), "birthday", birthday.toString())
                    : Explanation.of(terms.type() == PromotionType.BUNDLE ? ExplanationCodes.PROMOTION_BUNDLE
                            : ExplanationCodes.PROMOTION_DISCOUNT, "promotion", terms.name(),
                            "percent", percent(terms.percent()), "amount", money(total));
            calculation.explain(effect);
            if (left != null && total.compareTo(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)) < 0) {
                calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_BUDGET_EXHAUSTED,
                        "promotion", terms.name()));
            }
            calculation.apply(new AppliedPromotion(Long.toString(promotion.id()), terms.name(), effect, 0, total));
            phase.applied(promotion);
        }
    }

    /**
     * The birthday the order celebrates: the shopper's within the window around the order's business date, not yet
     * taken by another order; null (explained when already taken) otherwise.
     */
    private @Nullable LocalDate birthday(Promotion promotion, WorkingCalculation calculation) {
        Shopper shopper = calculation.shopper();
        if (shopper == null) {
            return null;
        }
        LocalDate birthday = Birthdays.near(shopper.birthDate(), calculation.input().at().toLocalDate(),
                promotion.terms().birthdayWindowDays()).orElse(null);
        if (birthday != null && catalog.personalUsed(promotion.id(), shopper.customerId(), birthday.getYear(),
                shopper.orderRef())) {
            calculation.explain(Explanation.of(ExplanationCodes.PROMOTION_BIRTHDAY_USED,
                    "promotion", promotion.terms().name(), "birthday", birthday.toString()));
            return null;
        }
        return birthday;
    }

    /** A bundle needs its trigger in the basket; a plain discount needs nothing. */
    private static boolean triggered(PromotionTerms terms, WorkingCalculation calculation) {
        return terms.type() != PromotionType.BUNDLE
                || calculation.lines().stream().anyMatch(line -> terms.triggeredBy(line.basketLine()));
    }
}
