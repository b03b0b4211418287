package io.kopilka.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.promotions.Basket;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.OrderCalculator;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** What holds for any order, any tier and any balance: the parts add up and no limit is ever exceeded. */
class CalculationPropertiesTest {

    private static final List<String> BRANDS = List.of("Apple", "Samsung", "Bosch", "Bang & Olufsen");

    private final OrderCalculator calculator = DemoProgramme.calculator();

    @Provide
    Arbitrary<CalculationInput> orders() {
        Arbitrary<BasketLine> line = Combinators.combine(
                Arbitraries.of(" apple", "Samsung", "bosch ", "Xiaomi", "BANG  & olufsen").injectNull(0.2),
                Arbitraries.integers().between(1, 12),
                Arbitraries.oneOf(
                        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("9.99")).ofScale(2),
                        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("60000")).ofScale(2)))
                .as((brand, quantity, price) -> new BasketLine("", "SKU", null, null, brand, null, quantity, price));
        Arbitrary<List<BasketLine>> lines = line.list().ofMaxSize(15).map(CalculationPropertiesTest::numbered);
        Arbitrary<Tier> tier = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("15")).ofScale(2),
                Arbitraries.integers().between(0, 100),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(1).injectNull(0.4),
                Arbitraries.of(BRANDS).set().ofMaxSize(3))
                .as((cashback, redeem, discount, excluded) -> new Tier("T", "Tier", 1, BigDecimal.ZERO, cashback,
                        BigDecimal.valueOf(redeem), discount, List.copyOf(excluded)));
        Arbitrary<@Nullable Shopper> shopper = Combinators.combine(tier,
                        Arbitraries.longs().between(0, 200_000), Arbitraries.longs().between(0, 4_000))
                .as((t, available, thisMonth) -> new Shopper(1, 1, t, available, thisMonth)).injectNull(0.1);
        Arbitrary<Region> region = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("15000"))
                .ofScale(2).map(minimum -> new Region("R", "Region", minimum));
        Arbitrary<Long> requested = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
                Arbitraries.longs().between(0, 500_000));
        Arbitrary<@Nullable Long> cap = Arbitraries.longs().between(1, 5_000).injectNull(0.3);
        return Combinators.combine(lines, shopper, region, requested, cap)
                .as((l, s, r, points, c) -> new CalculationInput(
                        new Basket("net", Channel.WEB, "R", l, payments(points)), s, r, DemoProgramme.policies(c),
                        DemoProgramme.AT));
    }

    @Property(tries = 500)
    void theLinesCashbackAddsUpToTheOrdersCashback(@ForAll("orders") CalculationInput order) {
        Calculation calculation = calculator.calculate(order);

        assertThat(calculation.lines().stream().mapToLong(LineCalculation::cashback).sum())
                .isEqualTo(calculation.pointsToAccrue());
        assertThat(calculation.lines()).allSatisfy(line -> assertThat(line.cashback()).isNotNegative());
    }

    @Property(tries = 500)
    void redeemedPointsAddUpAndStayWithinTheTierShareTheBalanceAndEachLine(@ForAll("orders") CalculationInput order) {
        Calculation calculation = calculator.calculate(order);

        assertThat(calculation.lines().stream().mapToLong(LineCalculation::redeemed).sum())
                .isEqualTo(calculation.pointsRedeemed());
        Shopper shopper = order.shopper();
        if (shopper == null) {
            assertThat(calculation.maxRedeemable()).isZero();
            assertThat(calculation.pointsRedeemed()).isZero();
            return;
        }
        long tierLimit = calculation.total().multiply(shopper.tier().maxRedeemPercent()).movePointLeft(2)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        assertThat(calculation.maxRedeemable()).isBetween(0L, Math.min(shopper.availablePoints(), tierLimit));
        assertThat(calculation.pointsRedeemed()).isEqualTo(Math.min(requested(order), calculation.maxRedeemable()));
        for (int i = 0; i < calculation.lines().size(); i++) {
            LineCalculation line = calculation.lines().get(i);
            BigDecimal net = order.basket().lines().get(i).gross().subtract(line.discount());
            assertThat(line.redeemed()).isBetween(0L, net.setScale(0, RoundingMode.FLOOR).longValueExact());
        }
    }

    @Property(tries = 1000)
    void cashbackIsAtMostTheTierRateOfWhatIsPaidWithMoneyAndWithinTheCap(@ForAll("orders") CalculationInput order) {
        Calculation calculation = calculator.calculate(order);

        assertThat(calculation.pointsToAccrue()).isNotNegative();
        Shopper shopper = order.shopper();
        if (shopper == null || calculation.total().compareTo(order.region().minOrderForCashback()) < 0) {
            assertThat(calculation.pointsToAccrue()).isZero();
            return;
        }
        long byRate = calculation.paidWithMoney().multiply(shopper.tier().cashbackPercent()).movePointLeft(2)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        assertThat(calculation.pointsToAccrue()).isLessThanOrEqualTo(byRate);
        Long cap = order.policies().monthlyCashbackCap();
        if (cap != null) {
            assertThat(calculation.pointsToAccrue()).isLessThanOrEqualTo(Math.max(0, cap - shopper.cashbackThisMonth()));
        } else {
            assertThat(calculation.pointsToAccrue()).isEqualTo(byRate);
        }
    }

    @Property(tries = 500)
    void theTotalIsTheSubtotalLessTheDiscountInKopecks(@ForAll("orders") CalculationInput order) {
        Calculation calculation = calculator.calculate(order);

        BigDecimal gross = order.basket().lines().stream().map(BasketLine::gross)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discounts = calculation.lines().stream().map(LineCalculation::discount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(calculation.subtotal()).isEqualByComparingTo(gross);
        assertThat(calculation.discount()).isEqualByComparingTo(discounts);
        assertThat(calculation.total()).isEqualTo(calculation.subtotal().subtract(calculation.discount()));
        assertThat(List.of(calculation.subtotal(), calculation.discount(), calculation.total()))
                .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
        assertThat(calculation.total().signum()).isNotNegative();
    }

    @Property(tries = 300)
    void everyExplanationCarriesExactlyTheParametersItsMessageTakes(@ForAll("orders") CalculationInput order) {
        Calculation calculation = calculator.calculate(order);

        for (Explanation explanation : calculation.explanations()) {
            assertThat(ExplanationCodes.codes()).contains(explanation.code());
            assertThat(explanation.params().keySet())
                    .isEqualTo(new HashSet<>(ExplanationCodes.argumentNames(explanation.code())));
        }
    }

    private static List<BasketLine> numbered(List<BasketLine> lines) {
        List<BasketLine> numbered = new ArrayList<>();
        for (BasketLine line : lines) {
            numbered.add(new BasketLine("L" + numbered.size(), line.sku(), null, null, line.brand(), null,
                    line.quantity(), line.unitPrice()));
        }
        return numbered;
    }

    private static List<Payment> payments(long points) {
        return points == 0 ? List.of() : List.of(new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(points)),
                new Payment(PaymentMethod.SBP, BigDecimal.TEN));
    }

    private static long requested(CalculationInput order) {
        return order.basket().payments().stream().filter(payment -> payment.method() == PaymentMethod.POINTS)
                .mapToLong(payment -> payment.amount().longValueExact()).sum();
    }
}
