package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Customer;
import io.kopilka.programme.Network;
import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.Audience;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.ChallengeProgress;
import io.kopilka.promotions.InvalidPromotionException;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionPreview;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import io.kopilka.promotions.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Promotions through placing, returning and cancelling orders on a real database: effects recorded, budgets used
 * exactly under concurrent orders, challenges moved on, taken back by returns and rewarded once. Each test's
 * promotions are limited to a network of its own, so they touch no other test's orders.
 */
class OrderPromotionsTest extends OrdersIntegrationTest {

    private static final LocalDateTime START = T0.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().minusDays(1);

    @Autowired
    private Promotions promotions;
    @Autowired
    private AuditLog audit;
    @Autowired
    private io.kopilka.promotions.PromotionGrants grants;

    private String network;

    @BeforeEach
    void ownNetwork() {
        network = "p" + UUID.randomUUID().toString().substring(0, 8);
        programme.addNetwork(new Network(network, network));
    }

    private PromotionTerms.Builder terms(String name, PromotionType type) {
        return PromotionTerms.builder(name, type, START)
                .audience(new Audience(Set.of(), Set.of(network), Set.of(), Set.of()));
    }

    private Promotion launch(PromotionTerms terms) {
        return promotions.create(terms, true, "marketer");
    }

    private PromotionTerms sbp(String budget) {
        return terms("SBP +1", PromotionType.PAYMENT_CASHBACK).percent(BigDecimal.ONE)
                .paymentMethods(Set.of(PaymentMethod.SBP, PaymentMethod.CASH))
                .budgetCap(budget == null ? null : new BigDecimal(budget)).build();
    }

    private PlacedOrder place(Customer customer, List<BasketLine> lines, io.kopilka.promotions.Payment... payments) {
        return orders.place(network, order(newId(), customer, lines, payments));
    }

    private static BasketLine unit(String lineId, String supplier, int quantity, String price) {
        return new BasketLine(lineId, "SKU-" + lineId, "Товар", "snacks", "Brand", supplier, quantity,
                new BigDecimal(price));
    }

    @Test
    void anOrderPaidPartlyBySbpEarnsTheExtraOnTheSbpPartAndTheResultsCountIt() {
        Promotion promotion = launch(sbp(null));
        Customer anna = customer("START");

        PlacedOrder placed = place(anna, List.of(line("1", 1, "10000.00")),
                pay(PaymentMethod.SBP, "4000.00"), pay(PaymentMethod.CARD, "6000.00"));

        assertThat(placed.calculation().pointsToAccrue()).isEqualTo(150 + 40);
        assertThat(placed.calculation().promotions()).extracting(AppliedPromotion::promotionId)
                .containsExactly(Long.toString(promotion.id()));
        assertThat(balances(id(anna)).pending()).isEqualTo(190);
        PromotionResults results = promotions.results(promotion.id());
        assertThat(results.pointsGiven()).isEqualTo(40);
        assertThat(results.orders()).isEqualTo(1);
        assertThat(results.ordersSum()).isEqualByComparingTo("10000.00");
        assertThat(results.customersReached()).isEqualTo(1);
        assertThat(results.days()).singleElement().satisfies(day -> assertThat(day.points()).isEqualTo(40));
        assertThat(promotions.find(promotion.id()).orElseThrow().budgetUsed()).isEqualByComparingTo("40");
    }

    @Test
    void concurrentOrdersNeverSpendMoreThanTheBudget() throws Exception {
        Promotion promotion = launch(sbp("100"));
        List<Customer> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(customer("START"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<PlacedOrder>> placed = new ArrayList<>();
        try {
            for (Customer person : people) {
                Callable<PlacedOrder> call = () -> place(person, List.of(line("1", 1, "10000.00")),
                        pay(PaymentMethod.SBP, "4000.00"), pay(PaymentMethod.CARD, "6000.00"));
                placed.add(pool.submit(call));
            }
            long extra = 0;
            for (Future<PlacedOrder> order : placed) {
                extra += order.get().calculation().promotions().stream().mapToLong(AppliedPromotion::points).sum();
            }

            // 40 + 40 + 20, then nothing: exactly the budget, whatever the order the orders came in.
            assertThat(extra).isEqualTo(100);
            assertThat(promotions.find(promotion.id()).orElseThrow().budgetUsed()).isEqualByComparingTo("100");
            assertThat(promotions.results(promotion.id()).pointsGiven()).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPausedPromotionStopsApplyingAndALaunchedOneApplies() {
        Promotion promotion = launch(sbp(null));
        promotions.pause(promotion.id(), "marketer");
        Customer anna = customer("START");

        PlacedOrder paused = place(anna, List.of(line("1", 1, "10000.00")), pay(PaymentMethod.SBP, "10000.00"));
        promotions.launch(promotion.id(), "marketer");
        PlacedOrder resumed = place(anna, List.of(line("1", 1, "10000.00")), pay(PaymentMethod.SBP, "10000.00"));

        assertThat(paused.calculation().promotions()).isEmpty();
        assertThat(resumed.calculation().promotions()).hasSize(1);
        assertThat(audit.search(new AuditQuery("marketer", "promotion.", null, null, null, 50)))
                .extracting(e -> e.action()).contains("promotion.created", "promotion.paused", "promotion.launched");
    }

    @Test
    void aChallengeGrantsItsBonusOnceWhenReachedAndReturnsTakeProgressBack() {
        Promotion challenge = launch(terms("5 units of supplier S", PromotionType.CHALLENGE)
                .target(TargetKind.SUPPLIER, Set.of("Supplier S")).threshold(5, null).points(300L, 30).build());
        Customer anna = customer("START");

        PlacedOrder first = place(anna, List.of(unit("1", "Supplier S", 3, "1000.00"),
                unit("2", "Other", 1, "9000.00")));
        assertThat(progress(anna, challenge).units()).isEqualTo(3);
        orders.registerReturn(network, first.externalId(), new ReturnRequest("R1",
                List.of(new LineQuantity("1", 2)), T0.plusHours(1)));
        assertThat(progress(anna, challenge).units()).isEqualTo(1);
        assertThat(balances(id(anna)).available()).isZero();

        place(anna, List.of(unit("1", "supplier s", 4, "1000.00"), unit("2", "Other", 1, "9000.00")));
        ChallengeProgress reached = progress(anna, challenge);
        assertThat(reached.units()).isEqualTo(5);
        assertThat(reached.completedAt()).isNotNull();
        assertThat(balances(id(anna)).available()).isEqualTo(300);

        place(anna, List.of(unit("1", "Supplier S", 5, "1000.00"), unit("2", "Other", 1, "9000.00")));
        assertThat(progress(anna, challenge).units()).isEqualTo(10);
        assertThat(balances(id(anna)).available()).isEqualTo(300);
        PromotionResults results = promotions.results(challenge.id());
        assertThat(results.pointsGranted()).isEqualTo(300);
        assertThat(results.customersReached()).isEqualTo(1);
    }

    @Test
    void cancellingAnOrderTakesBackAllItsChallengeProgress() {
        Promotion challenge = launch(terms("Supplier S sum", PromotionType.CHALLENGE)
                .target(TargetKind.SUPPLIER, Set.of("Supplier S")).threshold(null, new BigDecimal("50000"))
                .points(500L, 30).build());
        Customer anna = customer("START");

        PlacedOrder placed = place(anna, List.of(unit("1", "Supplier S", 3, "5000.00")));
        assertThat(progress(anna, challenge).amount()).isEqualByComparingTo("15000.00");
        orders.changeStatus(network, placed.externalId(), new StatusChange(OrderStatus.CANCELLED, T0.plusHours(1)));

        assertThat(progress(anna, challenge).units()).isZero();
        assertThat(progress(anna, challenge).amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void theBundleTakesThirtyPercentOffPastryWithCoffeeInThePlacedOrder() {
        launch(terms("Coffee and pastry", PromotionType.BUNDLE).percent(new BigDecimal("30"))
                .target(TargetKind.CATEGORY, Set.of("pastry")).trigger(TargetKind.CATEGORY, Set.of("coffee")).build());
        Customer anna = customer("START");

        PlacedOrder placed = place(anna, List.of(
                new BasketLine("1", "COFFEE", "Кофе", "coffee", null, null, 1, new BigDecimal("10000.00")),
                new BasketLine("2", "CROISSANT", "Круассан", "pastry", null, null, 2, new BigDecimal("150.00"))));

        assertThat(placed.calculation().discount()).isEqualByComparingTo("90.00");
        assertThat(orders.find(network, placed.externalId()).orElseThrow().calculation().total())
                .isEqualByComparingTo("10210.00");
    }

    @Test
    void badTermsAreRefusedFieldByFieldAndNothingIsStored() {
        int before = promotions.list().size();

        assertThatThrownBy(() -> promotions.create(terms(" ", PromotionType.PAYMENT_CASHBACK)
                .percent(new BigDecimal("150")).build(), true, "marketer"))
                .isInstanceOfSatisfying(InvalidPromotionException.class, e -> assertThat(e.errors())
                        .containsKeys("name", "percent", "paymentMethods"));
        assertThat(promotions.list()).hasSize(before);
    }

    @Test
    void theGrantPreviewCountsTheTiersAndPricesEachTierItsAmount() {
        PromotionPreview preview = promotions.preview(terms("Reactivation", PromotionType.GRANT)
                .grant(io.kopilka.promotions.GrantAudience.TIERS,
                        java.util.Map.of("START", 500L, "SILVER", 700L, "GOLD", 1000L), null, null)
                .points(null, 30).build(), LocalDateTime.now());

        assertThat(preview.eligibleCustomers()).isPositive();
        assertThat(preview.estimatedCost()).isGreaterThanOrEqualTo(BigDecimal.valueOf(500 * preview.eligibleCustomers()));
        Promotion ended = promotions.end(launch(sbp(null)).id(), "marketer");
        assertThat(ended.status()).isEqualTo(PromotionStatus.ENDED);
    }

    @Test
    void aReactivationGrantGivesEachTierItsAmountOnceWithItsValidity() {
        Customer start = customer("START");
        Customer silver = customer("SILVER");
        Customer gold = customer("GOLD");
        Promotion grant = launch(PromotionTerms.builder("Реактивация", PromotionType.GRANT, START)
                .grant(io.kopilka.promotions.GrantAudience.TIERS,
                        java.util.Map.of("START", 500L, "SILVER", 700L, "GOLD", 1000L), null, null)
                .points(null, 30).build());

        int granted = 0;
        for (int chunk; (chunk = grants.grantNextChunk(grant.id(), 7)) > 0; ) {
            granted += chunk;
        }

        assertThat(granted).isGreaterThanOrEqualTo(3);
        assertThat(balances(id(start)).available()).isEqualTo(500);
        assertThat(balances(id(silver)).available()).isEqualTo(700);
        assertThat(balances(id(gold)).available()).isEqualTo(1000);
        assertThat(ledger.balances(id(gold), START.plusDays(29)).expiring()).isEmpty();
        assertThat(ledger.balances(id(gold), START.plusDays(30)).expiring())
                .extracting(io.kopilka.ledger.ExpiringPoints::points).containsExactly(1000L);
        assertThat(grants.grantNextChunk(grant.id(), 7)).isZero();
        assertThat(balances(id(gold)).available()).isEqualTo(1000);
        assertThat(promotions.results(grant.id()).pointsGranted()).isGreaterThanOrEqualTo(2200);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void aGrantStopsWhereItsBudgetIsUsedUp() {
        customer("START");
        customer("START");
        customer("START");
        Promotion grant = launch(PromotionTerms.builder("Праздник", PromotionType.GRANT, START)
                .grant(io.kopilka.promotions.GrantAudience.ALL, java.util.Map.of(), null, null)
                .points(1000L, 30).budgetCap(new BigDecimal("2500")).build());

        while (grants.grantNextChunk(grant.id(), 1000) > 0) {
            // chunk after chunk until the budget stops it
        }

        assertThat(promotions.find(grant.id()).orElseThrow().budgetUsed()).isEqualByComparingTo("2000");
        assertThat(promotions.results(grant.id()).pointsGranted()).isEqualTo(2000);
    }

    private ChallengeProgress progress(Customer customer, Promotion challenge) {
        return promotions.challengesOf(id(customer), T0.toLocalDateTime()).stream()
                .filter(p -> p.challenge().id() == challenge.id()).findFirst().orElseThrow();
    }
}
