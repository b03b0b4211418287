package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.DemoProgramme.GOLD;
import static io.kopilka.promotions.internal.DemoProgramme.calculator;
import static io.kopilka.promotions.internal.DemoProgramme.line;
import static io.kopilka.promotions.internal.DemoProgramme.order;
import static io.kopilka.promotions.internal.DemoProgramme.shopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.LineCalculation;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Promotions plug steps into the pipeline: discounts before the redemption, extra cashback before the rounding. */
class PipelineExtensionTest {

    static CalculationStep step(int order, Consumer<WorkingCalculation> rule) {
        return new CalculationStep() {
            @Override
            public int getOrder() {
                return order;
            }

            @Override
            public void apply(WorkingCalculation calculation) {
                rule.accept(calculation);
            }
        };
    }

    /** −1 000 roubles off the second line, as a bundle promotion would. */
    private static final CalculationStep BUNDLE = step(CalculationStep.PROMOTION_DISCOUNTS, calculation -> {
        BigDecimal taken = calculation.lines().get(1).discount(new BigDecimal("1000.00"));
        calculation.apply(new AppliedPromotion("P-1", "Bundle", Explanation.of("BUNDLE_DISCOUNT"), 0, taken));
    });

    /** +1 % of what each line is paid with money, as a payment-method promotion would. */
    private static final CalculationStep EXTRA_PERCENT = step(CalculationStep.PROMOTION_CASHBACK, calculation -> {
        for (WorkingCalculation.Line line : calculation.lines()) {
            line.addCashback(Values.percentOf(line.cashbackBase(), BigDecimal.ONE));
        }
        calculation.apply(new AppliedPromotion("P-2", "SBP +1 %", Explanation.of("EXTRA_CASHBACK"), 0,
                BigDecimal.ZERO));
    });

    @Test
    void aPromotionsDiscountLowersTheTotalBeforePointsAndCashbackAreCounted() {
        Calculation calculation = calculator(BUNDLE).calculate(order(shopper(GOLD), "MSK", 0,
                line("1", "10000.00"), line("2", "5000.00")));

        assertThat(calculation.discount()).isEqualByComparingTo("1000.00");
        assertThat(calculation.total()).isEqualByComparingTo("14000.00");
        assertThat(calculation.maxRedeemable()).isEqualTo(13_860);
        assertThat(calculation.pointsToAccrue()).isEqualTo(700);
        assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsExactly(500L, 200L);
        assertThat(calculation.promotions()).extracting(AppliedPromotion::promotionId).containsExactly("P-1");
    }

    @Test
    void aPromotionsExtraCashbackIsRoundedWithTheTiersAndCapped() {
        Calculation plain = calculator(EXTRA_PERCENT).calculate(order(shopper(GOLD), "MSK", 5000,
                line("1", "10099.00")));
        Calculation capped = calculator(EXTRA_PERCENT).calculate(order(shopper(GOLD, 1_000_000, 2990), "MSK", 0,
                line("1", "10099.00")));

        assertThat(plain.pointsToAccrue()).isEqualTo(305); // 6 % of the 5 099 paid with money = 305.94
        assertThat(OrderCalculationTest.params(plain, "TIER_CASHBACK")).containsEntry("points", "254");
        assertThat(capped.pointsToAccrue()).isEqualTo(10);
    }

    @Test
    void belowTheRegionalMinimumPromotionsGiveNoCashbackEither() {
        Calculation calculation = calculator(EXTRA_PERCENT).calculate(order(shopper(GOLD), "MSK", 0,
                line("1", "9999.99")));

        assertThat(calculation.pointsToAccrue()).isZero();
    }

    @Test
    void aDiscountAfterTheRedemptionIsRefused() {
        CalculationStep late = step(CalculationStep.REDEMPTION + 1,
                calculation -> calculation.lines().get(0).discount(BigDecimal.ONE));

        assertThatThrownBy(() -> calculator(late).calculate(order(shopper(GOLD), "MSK", 0, line("1", "100.00"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extraCashbackAfterTheRoundingIsRefused() {
        CalculationStep late = step(CalculationStep.ROUNDING + 1,
                calculation -> calculation.lines().get(0).addCashback(BigDecimal.ONE));

        assertThatThrownBy(() -> calculator(late).calculate(order(shopper(GOLD), "MSK", 0, line("1", "100.00"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDiscountNeverTakesALineBelowZero() {
        CalculationStep huge = step(CalculationStep.PROMOTION_DISCOUNTS,
                calculation -> calculation.lines().get(0).discount(new BigDecimal("500.00")));

        Calculation calculation = calculator(huge).calculate(order(shopper(GOLD), "MSK", 0, line("1", "100.00")));

        assertThat(calculation.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void stepsRunInTheirOrderWhateverOrderTheyAreGivenIn() {
        assertThat(calculator(EXTRA_PERCENT, BUNDLE).steps()).extracting(CalculationStep::getOrder)
                .isSorted().contains(CalculationStep.PROMOTION_DISCOUNTS, CalculationStep.PROMOTION_CASHBACK);
    }
}
