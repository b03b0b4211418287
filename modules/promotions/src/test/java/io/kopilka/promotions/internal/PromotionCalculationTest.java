package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.DemoProgramme.AT;
import static io.kopilka.promotions.internal.DemoProgramme.CAPPED;
import static io.kopilka.promotions.internal.DemoProgramme.GOLD;
import static io.kopilka.promotions.internal.DemoProgramme.REGIONS;
import static io.kopilka.promotions.internal.DemoProgramme.START;
import static io.kopilka.promotions.internal.DemoProgramme.shopper;
import static io.kopilka.promotions.internal.OrderCalculationTest.codes;
import static io.kopilka.promotions.internal.OrderCalculationTest.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Audience;
import io.kopilka.promotions.Basket;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Shopper;
import io.kopilka.promotions.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each promotion type in the order calculation, with stacking, priority, budgets and the monthly cap. */
class PromotionCalculationTest {

    private final List<Promotion> promotions = new ArrayList<>();
    private final PipelineOrderCalculator calculator = DemoProgramme.calculator(
            new PromotionDiscountStep(at -> promotions), new PromotionCashbackStep(at -> promotions),
            new PromotionCapStep());

    private Promotion add(PromotionTerms terms) {
        return add(terms, "0");
    }

    private Promotion add(PromotionTerms terms, String budgetUsed) {
        Promotion promotion = new Promotion(promotions.size() + 1, PromotionStatus.SCHEDULED, terms,
                new BigDecimal(budgetUsed), "marketer", AT, AT);
        promotions.add(promotion);
        return promotion;
    }

    private static PromotionTerms.Builder terms(String name, PromotionType type, String percent) {
        return PromotionTerms.builder(name, type, AT.minusDays(1)).percent(new BigDecimal(percent));
    }

    private static PromotionTerms sbp(String percent) {
        return terms("SBP", PromotionType.PAYMENT_CASHBACK, percent)
                .paymentMethods(Set.of(PaymentMethod.SBP, PaymentMethod.CASH)).build();
    }

    private static BasketLine line(String id, String category, @Nullable String brand, int quantity, String price) {
        return new BasketLine(id, "SKU-" + id, null, category, brand, "Supplier", quantity, new BigDecimal(price));
    }

    private static Payment pay(PaymentMethod method, String amount) {
        return new Payment(method, new BigDecimal(amount));
    }

    private Calculation calculate(Shopper shopper, Channel channel, List<BasketLine> lines, Payment... payments) {
        return calculator.calculate(new CalculationInput(new Basket("gadgets", channel, "MSK", lines,
                List.of(payments)), shopper, REGIONS.get("MSK"), CAPPED, AT));
    }

    private Calculation calculate(List<BasketLine> lines, Payment... payments) {
        return calculate(shopper(START), Channel.POS, lines, payments);
    }

    @Test
    void paymentSplitAcrossSbpAndCardEarnsTheExtraOnlyOnTheSbpPart() {
        add(sbp("1"));

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")),
                pay(PaymentMethod.SBP, "4000.00"), pay(PaymentMethod.CARD, "6000.00"));

        assertThat(calculation.pointsToAccrue()).isEqualTo(150 + 40);
        assertThat(calculation.promotions()).extracting(AppliedPromotion::points).containsExactly(40L);
        assertThat(params(calculation, "PROMOTION_PAYMENT_CASHBACK")).contains(entry("base", "4000.00"),
                entry("points", "40"), entry("methods", "CASH, SBP"), entry("percent", "1"));
    }

    @Test
    void orderPaidByCardOnlyGetsNoPaymentMethodExtra() {
        add(sbp("1"));

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")),
                pay(PaymentMethod.CARD, "10000.00"));

        assertThat(calculation.pointsToAccrue()).isEqualTo(150);
        assertThat(calculation.promotions()).isEmpty();
    }

    @Test
    void theSbpExtraIsSpreadOverTheLinesAndTheLinesAddUpToTheOrder() {
        add(sbp("1"));

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "7000.00"),
                        line("2", "cases", "Acme", 3, "1000.00")),
                pay(PaymentMethod.SBP, "10000.00"));

        assertThat(calculation.pointsToAccrue()).isEqualTo(150 + 100);
        assertThat(calculation.lines()).extracting(LineCalculation::cashback).containsExactly(175L, 75L);
    }

    @Test
    void extraCashbackOnACategoryCountsOnlyThatCategorysLines() {
        add(terms("Cases +2", PromotionType.EXTRA_CASHBACK, "2").target(TargetKind.CATEGORY, Set.of("Cases"))
                .build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00"),
                line("2", "cases", "Acme", 2, "1000.00")));

        assertThat(calculation.pointsToAccrue()).isEqualTo(180 + 40);
        assertThat(params(calculation, "PROMOTION_EXTRA_CASHBACK")).contains(entry("base", "2000.00"),
                entry("points", "40"));
    }

    @Test
    void extraCashbackSkipsExcludedBrandsAndSaysSo() {
        add(terms("All +1", PromotionType.EXTRA_CASHBACK, "1").excludedBrands(Set.of("  APPLE ")).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Apple", 1, "10000.00"),
                line("2", "cases", "Acme", 1, "5000.00")));

        assertThat(calculation.promotions()).extracting(AppliedPromotion::points).containsExactly(50L);
        assertThat(params(calculation, "PROMOTION_BRAND_EXCLUDED")).contains(entry("brand", "Apple"),
                entry("lineId", "1"));
    }

    @Test
    void channelOnlyPromotionAppliesToAppOrdersAndNotToTillOrders() {
        add(terms("App +5", PromotionType.EXTRA_CASHBACK, "5")
                .audience(new Audience(Set.of(), Set.of(), Set.of(), Set.of(Channel.APP))).build());
        List<BasketLine> lines = List.of(line("1", "phones", "Acme", 1, "10000.00"));

        assertThat(calculate(shopper(START), Channel.APP, lines).pointsToAccrue()).isEqualTo(150 + 500);
        assertThat(calculate(shopper(START), Channel.POS, lines).pointsToAccrue()).isEqualTo(150);
    }

    @Test
    void tierOnlyPromotionAppliesToItsTierOnly() {
        add(terms("Gold +1", PromotionType.EXTRA_CASHBACK, "1")
                .audience(new Audience(Set.of("GOLD"), Set.of(), Set.of(), Set.of())).build());
        List<BasketLine> lines = List.of(line("1", "phones", "Acme", 1, "10000.00"));

        assertThat(calculate(shopper(GOLD), Channel.POS, lines).pointsToAccrue()).isEqualTo(500 + 100);
        assertThat(calculate(shopper(START), Channel.POS, lines).pointsToAccrue()).isEqualTo(150);
    }

    @Test
    void percentOffACategoryTakesMoneyOffItsLinesBeforeCashback() {
        add(terms("Cases −10", PromotionType.DISCOUNT, "10").target(TargetKind.CATEGORY, Set.of("cases")).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00"),
                line("2", "cases", "Acme", 1, "999.99")));

        assertThat(calculation.discount()).isEqualByComparingTo("100.00");
        assertThat(calculation.total()).isEqualByComparingTo("10899.99");
        assertThat(calculation.lines().get(1).discount()).isEqualByComparingTo("100.00");
        assertThat(calculation.promotions()).extracting(AppliedPromotion::discount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100.00"));
        assertThat(params(calculation, "PROMOTION_DISCOUNT")).contains(entry("amount", "100.00"));
    }

    @Test
    void percentOffAProductMatchesItsSku() {
        add(terms("SKU −50", PromotionType.DISCOUNT, "50").target(TargetKind.SKU, Set.of("sku-2")).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00"),
                line("2", "cases", "Acme", 1, "1000.00")));

        assertThat(calculation.discount()).isEqualByComparingTo("500.00");
    }

    @Test
    void pastryIsThirtyPercentOffWhenCoffeeIsInTheBasketAndFullPriceWithout() {
        add(terms("Coffee and pastry", PromotionType.BUNDLE, "30").target(TargetKind.CATEGORY, Set.of("pastry"))
                .trigger(TargetKind.CATEGORY, Set.of("coffee")).build());

        Calculation withCoffee = calculate(List.of(line("1", "coffee", null, 1, "10000.00"),
                line("2", "pastry", null, 2, "150.00")));
        Calculation without = calculate(List.of(line("2", "pastry", null, 2, "150.00")));

        assertThat(withCoffee.lines().get(1).discount()).isEqualByComparingTo("90.00");
        assertThat(withCoffee.lines().get(0).discount()).isEqualByComparingTo("0.00");
        assertThat(codes(withCoffee)).contains("PROMOTION_BUNDLE");
        assertThat(without.discount()).isEqualByComparingTo("0.00");
        assertThat(without.promotions()).isEmpty();
    }

    @Test
    void stackablePromotionsBothApplyOneAfterTheOtherByPriority() {
        add(terms("Low", PromotionType.DISCOUNT, "10").priority(1, true).build());
        add(terms("High", PromotionType.DISCOUNT, "50").priority(5, true).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")));

        // High first: 50 % of 10 000, then 10 % of what is left.
        assertThat(calculation.promotions()).extracting(AppliedPromotion::name).containsExactly("High", "Low");
        assertThat(calculation.discount()).isEqualByComparingTo("5500.00");
    }

    @Test
    void aPromotionThatDoesNotStackKeepsTheOthersOutAndSaysWhich() {
        add(terms("Stacking", PromotionType.EXTRA_CASHBACK, "1").priority(1, true).build());
        add(terms("Alone", PromotionType.EXTRA_CASHBACK, "2").priority(5, false).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")));

        assertThat(calculation.promotions()).extracting(AppliedPromotion::name).containsExactly("Alone");
        assertThat(calculation.pointsToAccrue()).isEqualTo(150 + 200);
        assertThat(params(calculation, "PROMOTION_NOT_COMBINED")).containsOnly(entry("promotion", "Stacking"),
                entry("other", "Alone"));
    }

    @Test
    void aNonStackingPromotionOfLowerPriorityIsNotAppliedAfterAnother() {
        add(terms("Alone", PromotionType.DISCOUNT, "20").priority(1, false).build());
        add(terms("First", PromotionType.DISCOUNT, "10").priority(5, true).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")));

        assertThat(calculation.promotions()).extracting(AppliedPromotion::name).containsExactly("First");
        assertThat(calculation.discount()).isEqualByComparingTo("1000.00");
    }

    @Test
    void budgetLeftCutsTheExtraAndAnExhaustedBudgetGivesNothing() {
        add(sbp("1").toBuilder().budgetCap(new BigDecimal("1000")).build(), "975");

        Calculation cut = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")),
                pay(PaymentMethod.SBP, "10000.00"));

        assertThat(cut.promotions()).extracting(AppliedPromotion::points).containsExactly(25L);
        assertThat(cut.pointsToAccrue()).isEqualTo(150 + 25);
        assertThat(codes(cut)).contains("PROMOTION_BUDGET_EXHAUSTED");

        promotions.clear();
        add(sbp("1").toBuilder().budgetCap(new BigDecimal("1000")).build(), "1000");
        Calculation exhausted = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")),
                pay(PaymentMethod.SBP, "10000.00"));

        assertThat(exhausted.promotions()).isEmpty();
        assertThat(exhausted.pointsToAccrue()).isEqualTo(150);
        assertThat(codes(exhausted)).contains("PROMOTION_BUDGET_EXHAUSTED");
    }

    @Test
    void discountBudgetCutsTheDiscountToWhatIsLeft() {
        add(terms("Half", PromotionType.DISCOUNT, "50").budgetCap(new BigDecimal("300")).build());

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "10000.00")));

        assertThat(calculation.discount()).isEqualByComparingTo("300.00");
    }

    @Test
    void theMonthlyCapCutsThePromotionsExtraFirst() {
        add(sbp("10"));

        Calculation calculation = calculator.calculate(new CalculationInput(new Basket("gadgets", Channel.POS, "MSK",
                List.of(line("1", "phones", "Acme", 1, "10000.00")), List.of(pay(PaymentMethod.SBP, "10000.00"))),
                shopper(START, 0, 2500), REGIONS.get("MSK"), CAPPED, AT));

        assertThat(calculation.pointsToAccrue()).isEqualTo(500);
        // 150 of tier cashback stays; of the 1 000 extra only 350 fit under the cap.
        assertThat(calculation.promotions()).extracting(AppliedPromotion::points).containsExactly(350L);
    }

    @Test
    void anOrderBelowTheRegionalMinimumGetsNoPromotionCashback() {
        add(sbp("1"));

        Calculation calculation = calculate(List.of(line("1", "phones", "Acme", 1, "9000.00")),
                pay(PaymentMethod.SBP, "9000.00"));

        assertThat(calculation.pointsToAccrue()).isZero();
        assertThat(calculation.promotions()).isEmpty();
    }

    @Test
    void aPromotionOutOfItsPeriodOrPausedIsNotInEffect() {
        Promotion later = new Promotion(1, PromotionStatus.SCHEDULED,
                terms("Later", PromotionType.DISCOUNT, "10").build().toBuilder().build(), BigDecimal.ZERO, "m", AT, AT);
        Promotion paused = new Promotion(2, PromotionStatus.PAUSED, terms("Paused", PromotionType.DISCOUNT, "10")
                .build(), BigDecimal.ZERO, "m", AT, AT);

        assertThat(later.inEffectAt(AT.minusDays(2))).isFalse();
        assertThat(later.inEffectAt(AT)).isTrue();
        assertThat(later.statusAt(AT)).isEqualTo(PromotionStatus.ACTIVE);
        assertThat(paused.inEffectAt(AT)).isFalse();
    }
}
