package io.kopilka.promotions.internal;

import static io.kopilka.promotions.internal.DemoProgramme.CAPPED;
import static io.kopilka.promotions.internal.DemoProgramme.REGIONS;
import static io.kopilka.promotions.internal.DemoProgramme.START;
import static io.kopilka.promotions.internal.OrderCalculationTest.codes;
import static io.kopilka.promotions.internal.OrderCalculationTest.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Basket;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Shopper;
import io.kopilka.promotions.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The birthday discount in the calculation: the window around the order's date, 29 February, once per birthday. */
class BirthdayDiscountCalculationTest {

    private static final LocalDateTime START_OF_YEAR = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final List<Promotion> promotions = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final PipelineOrderCalculator calculator = DemoProgramme.calculator(
            new PromotionDiscountStep(new PromotionCatalog() {
                @Override
                public List<Promotion> inEffect(LocalDateTime at) {
                    return promotions;
                }

                @Override
                public boolean personalUsed(long promotionId, long customerId, int occasionYear,
                                            @Nullable String orderRef) {
                    return used.contains(promotionId + ":" + customerId + ":" + occasionYear);
                }
            }), new PromotionCashbackStep(at -> promotions), new PromotionCapStep());

    private void birthdayDiscount(String percent, @Nullable Integer windowDays) {
        birthdayDiscount(PromotionTerms.builder("Birthday", PromotionType.BIRTHDAY_DISCOUNT, START_OF_YEAR)
                .percent(new BigDecimal(percent)).windowDays(windowDays).build());
    }

    private void birthdayDiscount(PromotionTerms terms) {
        promotions.add(new Promotion(promotions.size() + 1, PromotionStatus.SCHEDULED, terms, BigDecimal.ZERO,
                "marketer", START_OF_YEAR, START_OF_YEAR));
    }

    private static Shopper bornOn(@Nullable LocalDate birthDate) {
        return new Shopper(7L, 7L, START, 0, 0, birthDate, null);
    }

    private Calculation order(@Nullable Shopper shopper, LocalDateTime at, BasketLine... lines) {
        return calculator.calculate(new CalculationInput(new Basket("gadgets", Channel.POS, "MSK", List.of(lines),
                List.of()), shopper, REGIONS.get("MSK"), CAPPED, at));
    }

    private static BasketLine line(String id, String category, String price) {
        return new BasketLine(id, "SKU-" + id, null, category, "Acme", "Supplier", 1, new BigDecimal(price));
    }

    @Test
    void anOrderWithinTheWindowBeforeTheBirthdayGetsThePercentOffWithItsExplanation() {
        birthdayDiscount("10", null);

        Calculation calculation = order(bornOn(LocalDate.of(1990, 5, 20)), LocalDateTime.of(2026, 5, 13, 10, 0),
                line("1", "phones", "1000.00"), line("2", "cases", "500.00"));

        assertThat(calculation.discount()).isEqualByComparingTo("150.00");
        assertThat(calculation.total()).isEqualByComparingTo("1350.00");
        assertThat(calculation.promotions()).extracting(AppliedPromotion::discount)
                .containsExactly(new BigDecimal("150.00"));
        assertThat(params(calculation, ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT)).contains(
                entry("promotion", "Birthday"), entry("percent", "10"), entry("amount", "150.00"),
                entry("birthday", "2026-05-20"));
    }

    @Test
    void anOrderADayOutsideTheWindowGetsNothing() {
        birthdayDiscount("10", 7);

        Calculation before = order(bornOn(LocalDate.of(1990, 5, 20)), LocalDateTime.of(2026, 5, 12, 23, 59),
                line("1", "phones", "1000.00"));
        Calculation after = order(bornOn(LocalDate.of(1990, 5, 20)), LocalDateTime.of(2026, 5, 28, 0, 0),
                line("1", "phones", "1000.00"));

        assertThat(before.discount()).isEqualByComparingTo("0");
        assertThat(after.discount()).isEqualByComparingTo("0");
        assertThat(before.promotions()).isEmpty();
        assertThat(codes(after)).doesNotContain(ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT);
    }

    @Test
    void theWindowCrossesTheNewYearAndCountsForTheBirthdaysYear() {
        birthdayDiscount("10", 7);

        Calculation calculation = order(bornOn(LocalDate.of(1985, 1, 3)), LocalDateTime.of(2026, 12, 29, 9, 0),
                line("1", "phones", "1000.00"));

        assertThat(params(calculation, ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT))
                .containsEntry("birthday", "2027-01-03");
    }

    @Test
    void aCustomerWithoutABirthDateAndAnAnonymousOrderGetNothing() {
        birthdayDiscount("10", 7);

        Calculation noBirthDate = order(bornOn(null), LocalDateTime.of(2026, 5, 20, 10, 0),
                line("1", "phones", "1000.00"));
        Calculation anonymous = order(null, LocalDateTime.of(2026, 5, 20, 10, 0), line("1", "phones", "1000.00"));

        assertThat(noBirthDate.discount()).isEqualByComparingTo("0");
        assertThat(anonymous.discount()).isEqualByComparingTo("0");
        assertThat(noBirthDate.promotions()).isEmpty();
        assertThat(anonymous.promotions()).isEmpty();
    }

    @Test
    void the29thOfFebruaryIsThe28thInAYearWithoutIt() {
        birthdayDiscount("10", 0);
        Shopper leapling = bornOn(LocalDate.of(2000, 2, 29));

        Calculation on28th = order(leapling, LocalDateTime.of(2026, 2, 28, 12, 0), line("1", "phones", "1000.00"));
        Calculation onMarch1st = order(leapling, LocalDateTime.of(2026, 3, 1, 12, 0), line("1", "phones", "1000.00"));
        Calculation on29thInALeapYear = order(leapling, LocalDateTime.of(2028, 2, 29, 12, 0),
                line("1", "phones", "1000.00"));

        assertThat(on28th.discount()).isEqualByComparingTo("100.00");
        assertThat(params(on28th, ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT)).containsEntry("birthday",
                "2026-02-28");
        assertThat(onMarch1st.discount()).isEqualByComparingTo("0");
        assertThat(on29thInALeapYear.discount()).isEqualByComparingTo("100.00");
    }

    @Test
    void aBirthdayAlreadyTakenByAnEarlierOrderGivesNothingAndSaysWhy() {
        birthdayDiscount("10", 7);
        used.add("1:7:2026");

        Calculation calculation = order(bornOn(LocalDate.of(1990, 5, 20)), LocalDateTime.of(2026, 5, 21, 10, 0),
                line("1", "phones", "1000.00"));

        assertThat(calculation.discount()).isEqualByComparingTo("0");
        assertThat(calculation.promotions()).isEmpty();
        assertThat(params(calculation, ExplanationCodes.PROMOTION_BIRTHDAY_USED)).contains(
                entry("promotion", "Birthday"), entry("birthday", "2026-05-20"));
    }

    @Test
    void aTargetedBirthdayDiscountTakesOffOnlyItsCategory() {
        birthdayDiscount(PromotionTerms.builder("Birthday cases", PromotionType.BIRTHDAY_DISCOUNT, START_OF_YEAR)
                .percent(new BigDecimal("20")).target(TargetKind.CATEGORY, Set.of("cases")).build());

        Calculation calculation = order(bornOn(LocalDate.of(1990, 5, 20)), LocalDateTime.of(2026, 5, 20, 10, 0),
                line("1", "phones", "1000.00"), line("2", "cases", "500.00"));

        assertThat(calculation.discount()).isEqualByComparingTo("100.00");
    }
}
