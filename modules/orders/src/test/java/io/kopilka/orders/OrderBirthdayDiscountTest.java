package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.NewCustomer;
import io.kopilka.programme.Network;
import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Audience;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The birthday discount through placed orders on a real database: the first order of a birthday takes it, later
 * orders of the same birthday do not, the next year's birthday gives it again, and a cancelled order gives it back.
 */
class OrderBirthdayDiscountTest extends OrdersIntegrationTest {

    @Autowired
    private Promotions promotions;

    private String network;
    private Promotion birthday;

    @BeforeEach
    void ownNetworkAndPromotion() {
        network = "b" + UUID.randomUUID().toString().substring(0, 8);
        programme.addNetwork(new Network(network, network));
        birthday = promotions.create(PromotionTerms.builder("Birthday −10 %", PromotionType.BIRTHDAY_DISCOUNT,
                        LocalDateTime.of(2024, 1, 1, 0, 0))
                .audience(new Audience(Set.of(), Set.of(network), Set.of(), Set.of()))
                .percent(BigDecimal.TEN).windowDays(7).build(), true, "marketer");
    }

    private Customer bornOn(LocalDate birthDate) {
        String phone = "+7927" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return customers.register(NewCustomer.withPhone(phone).withBirthDate(birthDate));
    }

    private PlacedOrder place(Customer customer, OffsetDateTime at) {
        return orders.place(network, new OrderRequest(newId(), new CustomerRef(id(customer), null, null),
                io.kopilka.promotions.Channel.POS, "MSK", "Shop 1", at, List.of(line("1", 1, "1000.00")),
                new ArrayList<>()));
    }

    private static OffsetDateTime moscow(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.ofHours(3));
    }

    private List<String> codes(PlacedOrder placed) {
        return placed.calculation().explanations().stream().map(Explanation::code).toList();
    }

    @Test
    void theFirstOrderOfABirthdayTakesTheDiscountTheSecondGetsNothingAndNextYearItIsBack() {
        Customer anna = bornOn(LocalDate.of(1990, 3, 12));

        PlacedOrder first = place(anna, moscow(2025, 3, 10));
        PlacedOrder second = place(anna, moscow(2025, 3, 14));
        PlacedOrder nextYear = place(anna, moscow(2026, 3, 9));

        assertThat(first.calculation().discount()).isEqualByComparingTo("100.00");
        assertThat(first.calculation().total()).isEqualByComparingTo("900.00");
        assertThat(first.calculation().promotions()).extracting(AppliedPromotion::promotionId)
                .containsExactly(Long.toString(birthday.id()));
        assertThat(codes(first)).contains(ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT);
        assertThat(second.calculation().discount()).isEqualByComparingTo("0");
        assertThat(codes(second)).contains(ExplanationCodes.PROMOTION_BIRTHDAY_USED)
                .doesNotContain(ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT);
        assertThat(nextYear.calculation().discount()).isEqualByComparingTo("100.00");
        assertThat(promotions.results(birthday.id()).orders()).isEqualTo(2);
    }

    @Test
    void aCancelledOrderGivesTheBirthdayBackToTheNextOrder() {
        Customer boris = bornOn(LocalDate.of(1985, 6, 1));

        PlacedOrder first = place(boris, moscow(2025, 6, 1));
        orders.changeStatus(network, first.externalId(),
                new StatusChange(OrderStatus.CANCELLED, moscow(2025, 6, 1).plusHours(1)));
        PlacedOrder again = place(boris, moscow(2025, 6, 2));

        assertThat(first.calculation().discount()).isEqualByComparingTo("100.00");
        assertThat(again.calculation().discount()).isEqualByComparingTo("100.00");
    }

    @Test
    void aServiceCentreRevisionOfTheOrderThatTookItKeepsTheDiscount() {
        Customer vera = bornOn(LocalDate.of(1992, 9, 5));
        String id = newId();
        orders.place(network, new OrderRequest(id, new CustomerRef(id(vera), null, null),
                io.kopilka.promotions.Channel.SERVICE_CENTRE, "MSK", "Shop 1", moscow(2025, 9, 4),
                List.of(line("diag", 1, "1000.00")), new ArrayList<>()));

        RevisionResult revised = orders.revise(network, id, new RevisionRequest("V1",
                List.of(line("diag", 1, "1000.00"), line("screen", 1, "2000.00")), "diagnosis",
                moscow(2025, 9, 6)));

        assertThat(revised.calculation().discount()).isEqualByComparingTo("300.00");
        assertThat(revised.calculation().explanations()).extracting(Explanation::code)
                .contains(ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT)
                .doesNotContain(ExplanationCodes.PROMOTION_BIRTHDAY_USED);
    }

    @Test
    void aCustomerWithoutABirthDateGetsNoBirthdayDiscount() {
        Customer nobody = customer("START");

        PlacedOrder placed = place(nobody, moscow(2025, 3, 10));

        assertThat(placed.calculation().discount()).isEqualByComparingTo("0");
        assertThat(placed.calculation().promotions()).isEmpty();
    }
}
