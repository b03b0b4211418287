package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.DemoProgramme.CAPPED;
import static io.kopilka.promotions.internal.DemoProgramme.GOLD;
import static io.kopilka.promotions.internal.DemoProgramme.SILVER;
import static io.kopilka.promotions.internal.DemoProgramme.START;
import static io.kopilka.promotions.internal.DemoProgramme.calculator;
import static io.kopilka.promotions.internal.DemoProgramme.line;
import static io.kopilka.promotions.internal.DemoProgramme.order;
import static io.kopilka.promotions.internal.DemoProgramme.policies;
import static io.kopilka.promotions.internal.DemoProgramme.shopper;
import static io.kopilka.promotions.internal.DemoProgramme.withDiscount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.kopilka.programme.Tier;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.OrderCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the demo programme at their boundaries. */
class OrderCalculationTest {

    private final OrderCalculator calculator = calculator();

    private Calculation calculate(CalculationInput input) {
        return calculator.calculate(input);
    }

    static List<String> codes(Calculation calculation) {
        return calculation.explanations().stream().map(Explanation::code).toList();
    }

    static Map<String, String> params(Calculation calculation, String code) {
        return calculation.explanations().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + calculation.explanations())).params();
    }

    @Nested
    class RegionalMinimum {

        @Test
        void orderExactlyAtTheMoscowMinimumEarnsCashback() {
            Calculation calculation = calculate(order(shopper(START), "MSK", 0, line("1", "10000.00")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(150);
            assertThat(codes(calculation)).containsExactly("TIER_CASHBACK");
        }

        @Test
        void orderOneKopeckBelowTheMoscowMinimumEarnsNothingAndSaysWhy() {
            Calculation calculation = calculate(order(shopper(START), "MSK", 0, line("1", "9999.99")));

            assertThat(calculation.pointsToAccrue()).isZero();
            assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsOnly(0L);
            assertThat(codes(calculation)).containsExactly("BELOW_REGION_MINIMUM");
            assertThat(params(calculation, "BELOW_REGION_MINIMUM")).containsOnly(
                    entry("region", "Москва"), entry("minimum", "10000.00"), entry("total", "9999.99"));
        }

        @ParameterizedTest(name = "{0}: {1} earns {2}")
        @CsvSource({
                "SPB, 4999.99, 0", "SPB, 5000.00, 75",
                "OTHER, 3999.99, 0", "OTHER, 4000.00, 60"})
        void stPetersburgAndOtherRegionsHaveTheirOwnMinimum(String region, String amount, long points) {
            Calculation calculation = calculate(order(shopper(START), region, 0, line("1", amount)));

            assertThat(calculation.pointsToAccrue()).isEqualTo(points);
            assertThat(codes(calculation).contains("BELOW_REGION_MINIMUM")).isEqualTo(points == 0);
        }

        @Test
        void theMinimumIsMeasuredAfterTheTierDiscount() {
            Tier discounted = withDiscount(SILVER, "10");
            Calculation calculation = calculate(order(shopper(discounted), "MSK", 0, line("1", "10500.00")));

            assertThat(calculation.total()).isEqualByComparingTo("9450.00");
            assertThat(calculation.pointsToAccrue()).isZero();
            assertThat(params(calculation, "BELOW_REGION_MINIMUM")).containsEntry("total", "9450.00");
        }

        @Test
        void theMinimumIsMeasuredBeforePointsAreRedeemed() {
            Calculation calculation = calculate(order(shopper(START), "MSK", 5000, line("1", "10000.00")));

            assertThat(calculation.pointsRedeemed()).isEqualTo(5000);
            assertThat(calculation.pointsToAccrue()).isEqualTo(75);
        }
    }

    @Nested
    class Rounding {

        @Test
        void cashbackIsRoundedDownToWholePoints() {
            Calculation calculation = calculate(order(shopper(START), "MSK", 0, line("1", "10099.00")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(151); // 1.5 % of 10 099 = 151.485
            assertThat(params(calculation, "TIER_CASHBACK")).containsOnly(entry("tier", "Start"),
                    entry("percent", "1.5"), entry("base", "10099.00"), entry("points", "151"));
        }

        @Test
        void cashbackJustBelowAWholePointIsStillRoundedDown() {
            Calculation calculation = calculate(order(shopper(GOLD), "OTHER", 0, line("1", "4019.90")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(200); // 5 % of 4 019.90 = 200.995
        }

        @Test
        void cashbackIsRoundedOncePerOrderNotPerLine() {
            Calculation calculation = calculate(order(shopper(GOLD), "OTHER", 0,
                    line("1", "2010.10"), line("2", "2010.10")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(201); // 100.505 + 100.505, not 100 + 100
            assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsExactly(101L, 100L);
        }

        @Test
        void theTierDiscountIsRoundedHalfUpToKopecksPerLine() {
            Tier discounted = withDiscount(START, "10");
            Calculation calculation = calculate(order(shopper(discounted), "OTHER", 0,
                    line("1", null, 1, "12.35"), line("2", null, 1, "12.34")));

            assertThat(calculation.lines()).extracting(LineCalculation::discount)
                    .containsExactly(new BigDecimal("1.24"), new BigDecimal("1.23"));
            assertThat(calculation.discount()).isEqualByComparingTo("2.47");
        }
    }

    @Nested
    class MonthlyCap {

        @Test
        void anOrderOverTheRestOfTheCapGivesOnlyTheRest() {
            // GOLD 5 % of the 400 paid with money = 20 points; 2 990 already this month, cap 3 000
            Calculation calculation = calculate(order(shopper(GOLD, 10_000, 2990), "OTHER", 3600,
                    line("1", "4000.00")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(10);
            assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsExactly(10L);
            assertThat(params(calculation, "MONTHLY_CAP_REACHED")).containsOnly(entry("cap", "3000"),
                    entry("alreadyThisMonth", "2990"), entry("given", "10"), entry("notGiven", "10"));
        }

        @Test
        void ordersOfOneMonthTogetherNeverEarnMoreThanTheCap() {
            record Purchase(String region, String amount, long points) {
            }
            long thisMonth = 0;
            List<Long> given = new ArrayList<>();
            for (Purchase purchase : List.of(new Purchase("MSK", "59800.00", 0), new Purchase("OTHER", "4000.00", 3600),
                    new Purchase("MSK", "20000.00", 0))) {
                Calculation calculation = calculate(order(shopper(GOLD, 10_000, thisMonth), purchase.region(),
                        purchase.points(), line("1", purchase.amount())));
                given.add(calculation.pointsToAccrue());
                thisMonth += calculation.pointsToAccrue();
            }

            assertThat(given).containsExactly(2990L, 10L, 0L);
            assertThat(thisMonth).isEqualTo(3000);
        }

        @Test
        void aCustomerAlreadyOverTheCapGetsNothingMore() {
            Calculation calculation = calculate(order(shopper(GOLD, 0, 3100), "MSK", 0, line("1", "20000.00")));

            assertThat(calculation.pointsToAccrue()).isZero();
            assertThat(params(calculation, "MONTHLY_CAP_REACHED")).containsEntry("given", "0")
                    .containsEntry("notGiven", "1000");
        }

        @Test
        void orderThatExactlyFillsTheCapIsNotCut() {
            Calculation calculation = calculate(order(shopper(GOLD, 0, 2000), "MSK", 0, line("1", "20000.00")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(1000);
            assertThat(codes(calculation)).doesNotContain("MONTHLY_CAP_REACHED");
        }

        @Test
        void withoutACapCashbackIsNotLimited() {
            Calculation calculation = calculate(order(shopper(GOLD, 0, 100_000), "MSK", 0, policies(null),
                    List.of(line("1", "100000.00"))));

            assertThat(calculation.pointsToAccrue()).isEqualTo(5000);
            assertThat(codes(calculation)).containsExactly("TIER_CASHBACK");
        }
    }

    @Nested
    class Redemption {

        @ParameterizedTest(name = "{0} may pay {1} of 10 000 with points")
        @CsvSource({"START, 5000, 50", "SILVER, 7000, 70", "GOLD, 9900, 99"})
        void theTierSetsTheShareOfTheOrderPayableWithPoints(String tierCode, long limit, String percent) {
            Tier tier = switch (tierCode) {
                case "START" -> START;
                case "SILVER" -> SILVER;
                default -> GOLD;
            };
            Calculation calculation = calculate(order(shopper(tier), "MSK", 10_000, line("1", "10000.00")));

            assertThat(calculation.maxRedeemable()).isEqualTo(limit);
            assertThat(calculation.pointsRedeemed()).isEqualTo(limit);
            assertThat(params(calculation, "REDEEM_LIMITED_BY_TIER")).containsOnly(entry("tier", tier.name()),
                    entry("percent", percent), entry("limit", Long.toString(limit)), entry("requested", "10000"));
        }

        @Test
        void askingForExactlyTheTierShareIsNotLimited() {
            Calculation calculation = calculate(order(shopper(START), "MSK", 5000, line("1", "10000.00")));

            assertThat(calculation.pointsRedeemed()).isEqualTo(5000);
            assertThat(codes(calculation)).containsExactly("NO_CASHBACK_ON_POINTS", "TIER_CASHBACK");
        }

        @Test
        void theTierShareIsRoundedDownToWholePoints() {
            Calculation calculation = calculate(order(shopper(START), "OTHER", 1000, line("1", "999.99")));

            assertThat(calculation.maxRedeemable()).isEqualTo(499); // 50 % of 999.99 = 499.995
            assertThat(calculation.pointsRedeemed()).isEqualTo(499);
        }

        @Test
        void redeemingMoreThanAvailableRedeemsTheBalanceAndSaysSo() {
            Calculation calculation = calculate(order(shopper(GOLD, 300, 0), "MSK", 1000, line("1", "10000.00")));

            assertThat(calculation.maxRedeemable()).isEqualTo(300);
            assertThat(calculation.pointsRedeemed()).isEqualTo(300);
            assertThat(codes(calculation)).startsWith("INSUFFICIENT_POINTS").doesNotContain("REDEEM_LIMITED_BY_TIER");
            assertThat(params(calculation, "INSUFFICIENT_POINTS")).containsOnly(
                    entry("available", "300"), entry("requested", "1000"));
        }

        @Test
        void askingAboveBothTheShareAndTheBalanceExplainsBoth() {
            Calculation calculation = calculate(order(shopper(START, 100, 0), "MSK", 6000, line("1", "10000.00")));

            assertThat(calculation.pointsRedeemed()).isEqualTo(100);
            assertThat(codes(calculation)).startsWith("REDEEM_LIMITED_BY_TIER", "INSUFFICIENT_POINTS");
        }

        @Test
        void pointsAreSpreadOverTheLinesInProportionToTheirTotals() {
            Calculation calculation = calculate(order(shopper(GOLD), "MSK", 1001,
                    line("1", "7500.00"), line("2", "2500.00"), line("3", "0.50")));

            assertThat(calculation.lines()).extracting(LineCalculation::redeemed).containsExactly(751L, 250L, 0L);
        }

        @Test
        void pointsPayOnlyWholeRoublesOfEachLine() {
            List<BasketLine> lines = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                lines.add(line(Integer.toString(i), "1.99"));
            }
            Calculation calculation = calculate(order(shopper(GOLD), "MSK", 150, CAPPED, lines));

            assertThat(calculation.maxRedeemable()).isEqualTo(100); // the tier alone would allow 197
            assertThat(calculation.lines()).extracting(LineCalculation::redeemed).containsOnly(1L);
            assertThat(params(calculation, "REDEEM_LIMITED_TO_WHOLE_ROUBLES")).containsOnly(
                    entry("limit", "100"), entry("requested", "150"));
        }
    }

    @Nested
    class CashbackOnMoneyOnly {

        @Test
        void cashbackIsNotEarnedOnThePartPaidWithPoints() {
            Calculation calculation = calculate(order(shopper(GOLD), "MSK", 10_000, line("1", "20000.00")));

            assertThat(calculation.pointsToAccrue()).isEqualTo(500); // 5 % of the 10 000 paid with money
            assertThat(codes(calculation)).containsExactly("NO_CASHBACK_ON_POINTS", "TIER_CASHBACK");
            assertThat(params(calculation, "NO_CASHBACK_ON_POINTS")).containsOnly(entry("points", "10000"));
            assertThat(params(calculation, "TIER_CASHBACK")).containsEntry("base", "10000.00");
        }

        @Test
        void eachLineEarnsOnItsOwnPartPaidWithMoney() {
            Calculation calculation = calculate(order(shopper(GOLD), "MSK", 6000,
                    line("1", "9000.00"), line("2", "3000.00")));

            assertThat(calculation.lines()).extracting(LineCalculation::redeemed).containsExactly(4500L, 1500L);
            assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsExactly(225L, 75L);
        }
    }

    @Nested
    class TierDiscount {

        @Test
        void excludedBrandsGetNoTierDiscountWhateverTheirCaseAndSpaces() {
            Tier discounted = withDiscount(SILVER, "10", "Apple", "Bang & Olufsen");
            Calculation calculation = calculate(order(shopper(discounted), "MSK", 0,
                    line("1", " apple ", 1, "1000.00"), line("2", "Samsung", 2, "1234.55"),
                    line("3", "BANG  &  olufsen", 1, "500.00"), line("4", null, 1, "100.00")));

            assertThat(calculation.lines()).extracting(LineCalculation::discount).containsExactly(
                    new BigDecimal("0.00"), new BigDecimal("246.91"), new BigDecimal("0.00"), new BigDecimal("10.00"));
            assertThat(calculation.subtotal()).isEqualByComparingTo("4069.10");
            assertThat(calculation.discount()).isEqualByComparingTo("256.91");
            assertThat(calculation.total()).isEqualByComparingTo("3812.19");
            assertThat(codes(calculation)).startsWith("BRAND_EXCLUDED", "BRAND_EXCLUDED", "TIER_DISCOUNT");
            assertThat(calculation.explanations().get(0).params()).containsOnly(
                    entry("brand", "apple"), entry("lineId", "1"));
            assertThat(params(calculation, "TIER_DISCOUNT")).containsOnly(entry("tier", "Silver"),
                    entry("percent", "10"), entry("amount", "256.91"));
        }

        @Test
        void aTierWithoutDiscountTakesNothingOff() {
            Calculation calculation = calculate(order(shopper(SILVER), "MSK", 0, line("1", "Apple", 1, "20000.00")));

            assertThat(calculation.discount()).isEqualByComparingTo("0");
            assertThat(calculation.total()).isEqualByComparingTo("20000.00");
            assertThat(codes(calculation)).containsExactly("TIER_CASHBACK");
        }

        @Test
        void pointsAndCashbackAreCountedOnTheDiscountedTotal() {
            Tier discounted = withDiscount(GOLD, "10");
            Calculation calculation = calculate(order(shopper(discounted), "MSK", 20_000, line("1", "20000.00")));

            assertThat(calculation.maxRedeemable()).isEqualTo(17_820); // 99 % of 18 000
            assertThat(calculation.pointsToAccrue()).isEqualTo(9); // 5 % of the 180 paid with money
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anAnonymousPurchaseEarnsAndRedeemsNothing() {
            Calculation calculation = calculate(order(null, "MSK", 1000, line("1", "20000.00")));

            assertThat(calculation.total()).isEqualByComparingTo("20000.00");
            assertThat(calculation.pointsToAccrue()).isZero();
            assertThat(calculation.maxRedeemable()).isZero();
            assertThat(calculation.pointsRedeemed()).isZero();
            assertThat(calculation.lines()).extracting(LineCalculation::redeemed).containsOnly(0L);
            assertThat(codes(calculation)).containsExactly("ANONYMOUS");
        }

        @Test
        void aSmallAnonymousPurchaseIsExplainedOnlyAsAnonymous() {
            Calculation calculation = calculate(order(null, "MSK", 0, line("1", "10.00")));

            assertThat(codes(calculation)).containsExactly("ANONYMOUS");
        }
    }

    @Test
    void explanationsComeInThePipelinesOrder() {
        Tier discounted = withDiscount(SILVER, "10", "Apple");
        Calculation calculation = calculate(order(shopper(discounted, 50_000, 2990), "MSK", 50_000,
                line("1", "Apple", 1, "1000.00"), line("2", "Samsung", 1, "20000.00")));

        assertThat(codes(calculation)).containsExactly("BRAND_EXCLUDED", "TIER_DISCOUNT", "REDEEM_LIMITED_BY_TIER",
                "NO_CASHBACK_ON_POINTS", "TIER_CASHBACK", "MONTHLY_CAP_REACHED");
    }

    @Test
    void anEmptyBasketCostsAndEarnsNothing() {
        Calculation calculation = calculate(order(shopper(GOLD), "OTHER", 0, CAPPED, Collections.emptyList()));

        assertThat(calculation.total()).isEqualByComparingTo("0");
        assertThat(calculation.pointsToAccrue()).isZero();
        assertThat(calculation.maxRedeemable()).isZero();
        assertThat(calculation.promotions()).isEmpty();
    }
}
