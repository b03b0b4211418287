package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.customers.Customer;
import io.kopilka.ledger.Balances;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.PaymentMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PlacingOrdersTest extends OrdersIntegrationTest {

    @Test
    void placingRedeemsPointsAndAccruesCashbackOnTheMoneyPartAsPending() {
        Customer anna = customer("START");
        grant(id(anna), 1_000);
        String id = newId();

        PlacedOrder placed = orders.place("gadgets", order(id, anna, List.of(line("1", 1, "20000.00")),
                pay(PaymentMethod.CARD, "19000.00"), pay(PaymentMethod.POINTS, "1000")));

        assertThat(placed.replayed()).isFalse();
        assertThat(placed.calculation().pointsRedeemed()).isEqualTo(1_000);
        // 1.5 % of the 19 000 paid with money, not of the 20 000 total.
        assertThat(placed.calculation().pointsToAccrue()).isEqualTo(285);
        Balances after = balances(id(anna));
        assertThat(after.available()).isZero();
        assertThat(after.pending()).isEqualTo(285);
        OrderDetails details = orders.find("gadgets", id).orElseThrow();
        assertThat(details.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(details.pointsState()).isEqualTo(PointsState.PENDING);
        assertThat(details.lines()).singleElement().satisfies(l -> {
            assertThat(l.cashback()).isEqualTo(285);
            assertThat(l.redeemed()).isEqualTo(1_000);
        });
    }

    @Test
    void calculateShowsExactlyWhatPlaceThenAppliesAndChangesNothing() {
        Customer boris = customer("SILVER");
        grant(id(boris), 5_000);
        OrderRequest request = order(newId(), boris, List.of(line("1", 2, "3000.00"), line("2", 1, "6000.00")),
                pay(PaymentMethod.CARD, "8000.00"), pay(PaymentMethod.POINTS, "4000"));

        Calculation shown = orders.calculate("gadgets", request);
        Calculation again = orders.calculate("gadgets", request);
        assertThat(balances(id(boris)).available()).isEqualTo(5_000);
        assertThat(orders.find("gadgets", request.externalId())).isEmpty();
        assertThat(again).isEqualTo(shown);

        assertThat(orders.place("gadgets", request).calculation()).isEqualTo(shown);
    }

    @Test
    void theSameCallAgainAnswersTheFirstResultAndChangesNothing() {
        Customer vera = customer("GOLD");
        OrderRequest request = order(newId(), vera, List.of(line("1", 1, "12000.00")));
        PlacedOrder first = orders.place("gadgets", request);
        Balances afterFirst = balances(id(vera));

        PlacedOrder second = orders.place("gadgets", request);

        assertThat(second.replayed()).isTrue();
        assertThat(second.orderId()).isEqualTo(first.orderId());
        assertThat(second.calculation()).isEqualTo(first.calculation());
        assertThat(balances(id(vera))).isEqualTo(afterFirst);
    }

    @Test
    void theSameIdWithOtherContentIsRefusedAndChangesNothing() {
        Customer vera = customer("GOLD");
        String id = newId();
        orders.place("gadgets", order(id, vera, List.of(line("1", 1, "12000.00"))));
        Balances before = balances(id(vera));

        assertThatThrownBy(() -> orders.place("gadgets", order(id, vera, List.of(line("1", 1, "13000.00")))))
                .isInstanceOf(OrderConflictException.class);
        assertThat(balances(id(vera))).isEqualTo(before);
        assertThat(orders.find("gadgets", id).orElseThrow().calculation().total()).isEqualByComparingTo("12000");
    }

    @Test
    void theSameExternalIdInAnotherNetworkIsAnotherOrder() {
        Customer vera = customer("GOLD");
        String id = newId();
        orders.place("gadgets", order(id, vera, List.of(line("1", 1, "12000.00"))));
        PlacedOrder other = orders.place("home", order(id, vera, List.of(line("1", 1, "20000.00"))));
        assertThat(other.replayed()).isFalse();
        assertThat(balances(id(vera)).pending()).isEqualTo(600 + 1_000);
    }

    @Test
    void twoIdenticalCallsAtTheSameMomentMakeOneOrder() throws Exception {
        Customer anna = customer("START");
        grant(id(anna), 500);
        OrderRequest request = order(newId(), anna, List.of(line("1", 1, "20000.00")),
                pay(PaymentMethod.CARD, "19500.00"), pay(PaymentMethod.POINTS, "500"));
        List<PlacedOrder> results = runTogether(8, () -> orders.place("gadgets", request));

        assertThat(results).extracting(PlacedOrder::orderId).containsOnly(results.get(0).orderId());
        assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
        Balances after = balances(id(anna));
        assertThat(after.available()).isZero();
        assertThat(after.pending()).isEqualTo(292);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void concurrentOrdersOfOneCustomerNeverSpendMoreThanThereIsNorPassTheMonthlyCap() throws Exception {
        Customer vera = customer("GOLD");
        grant(id(vera), 3_000);
        // Each order asks for 1 000 points and would earn 5 % of 20 000 = 1 000: only three can redeem in full,
        // and the cap stops cashback at 3 000 for the month.
        List<PlacedOrder> results = runTogether(6, () -> orders.place("gadgets",
                order(newId(), vera, List.of(line("1", 1, "21000.00")), pay(PaymentMethod.SBP, "20000.00"),
                        pay(PaymentMethod.POINTS, "1000"))));

        long redeemed = results.stream().mapToLong(r -> r.calculation().pointsRedeemed()).sum();
        long accrued = results.stream().mapToLong(r -> r.calculation().pointsToAccrue()).sum();
        assertThat(redeemed).isEqualTo(3_000);
        assertThat(accrued).isEqualTo(3_000);
        assertThat(results).flatExtracting(r -> r.calculation().explanations()).extracting(Explanation::code)
                .contains("MONTHLY_CAP_REACHED", "INSUFFICIENT_POINTS");
        assertThat(balances(id(vera)).available()).isZero();
        assertThat(balances(id(vera)).pending()).isEqualTo(3_000);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void anAnonymousPurchaseIsStoredWithoutPoints() {
        String id = newId();
        PlacedOrder placed = orders.place("gadgets", order(id, null, List.of(line("1", 1, "15000.00"))));
        assertThat(placed.calculation().pointsToAccrue()).isZero();
        assertThat(placed.calculation().explanations()).extracting(Explanation::code).contains("ANONYMOUS");
        OrderDetails details = orders.find("gadgets", id).orElseThrow();
        assertThat(details.customerId()).isNull();
        assertThat(details.pointsState()).isEqualTo(PointsState.NONE);
    }

    @Test
    void aCustomerCanBeNamedByPhoneOrCard() {
        Customer anna = customer("START");
        OrderRequest byPhone = new OrderRequest(newId(), new CustomerRef(null, anna.phone(), null), Channel.POS, "MSK",
                null, T0, List.of(line("1", 1, "10000.00")), List.of());
        OrderRequest byCard = new OrderRequest(newId(), new CustomerRef(null, null, anna.cardNumber()), Channel.POS,
                "MSK", null, T0, List.of(line("1", 1, "10000.00")), List.of());
        orders.place("gadgets", byPhone);
        orders.place("gadgets", byCard);
        assertThat(orders.ordersOfCustomer(id(anna), 10)).hasSize(2);
        assertThat(balances(id(anna)).pending()).isEqualTo(300);
    }

    @Test
    void aB2bOrderOfABuyerEarnsToTheCompanyAccount() {
        Customer buyer = buyer();
        long company = buyer.company().companyId().value();
        orders.place("business", order(newId(), buyer, Channel.B2B, "SPB", List.of(line("1", 10, "1000.00"))));
        assertThat(balances(company).pending()).isEqualTo(150);
        assertThat(balances(id(buyer)).pending()).isZero();
        assertThat(orders.ordersOfMember(company, 10)).hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndChangesNothing() {
        Customer anna = customer("START");
        OrderRequest bad = new OrderRequest("x".repeat(65), new CustomerRef(id(anna), null, null), Channel.POS,
                "MARS", null, T0, List.of(line("1", 0, "-5.00"), line("1", 1, "1.001")),
                List.of(pay(PaymentMethod.POINTS, "10.5")));

        assertThatThrownBy(() -> orders.place("gadgets", bad)).isInstanceOfSatisfying(InvalidOrderException.class,
                e -> assertThat(e.fields()).extracting(InvalidOrderException.FieldError::field).contains(
                        "externalId", "region", "lines[0].quantity", "lines[0].unitPrice", "lines[1].lineId",
                        "lines[1].unitPrice", "payments[0].amount"));
        assertThat(orders.ordersOfCustomer(id(anna), 10)).isEmpty();
    }

    @Test
    void anUnknownCustomerIsRefused() {
        OrderRequest request = new OrderRequest(newId(), new CustomerRef(null, "+79000000000", null), Channel.POS,
                "MSK", null, T0, List.of(line("1", 1, "100.00")), List.of());
        assertThatThrownBy(() -> orders.place("gadgets", request)).isInstanceOfSatisfying(InvalidOrderException.class,
                e -> assertThat(e.fields()).extracting(InvalidOrderException.FieldError::field)
                        .containsExactly("customer.phone"));
    }

    @Test
    void paymentsThatDoNotAddUpToTheTotalAreRefused() {
        Customer anna = customer("START");
        String id = newId();
        assertThatThrownBy(() -> orders.place("gadgets", order(id, anna, List.of(line("1", 1, "100.00")),
                pay(PaymentMethod.CARD, "90.00")))).isInstanceOf(InvalidOrderException.class);
        assertThat(orders.find("gadgets", id)).isEmpty();
    }

    @Test
    void placingMovesTheCustomerUpATierWhenTheirPurchasesReachIt() {
        Customer anna = customer("START");
        orders.place("gadgets", order(newId(), anna, List.of(line("1", 1, "49999.99"))));
        assertThat(reload(anna.customerId()).tier().code()).isEqualTo("START");
        orders.place("gadgets", order(newId(), anna, List.of(line("1", 1, "0.01"))));
        assertThat(reload(anna.customerId()).tier().code()).isEqualTo("SILVER");
        assertThat(orders.purchasesSince(id(anna), T0.toLocalDate().minusDays(1))).isEqualByComparingTo(new BigDecimal("50000.00"));
    }

    static <T> List<T> runTogether(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(call);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
