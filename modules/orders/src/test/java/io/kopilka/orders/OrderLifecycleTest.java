package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.customers.Customer;
import io.kopilka.ledger.Balances;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.PaymentMethod;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest extends OrdersIntegrationTest {

    @Test
    void deliveredPointsBecomeAvailableWhenSettlementRunsForThatDateAndNotBefore() {
        Customer anna = customer("START");
        String id = newId();
        orders.place("gadgets", order(id, anna, List.of(line("1", 1, "20000.00"))));
        orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.PAID, T0.plusHours(1)));
        StatusResult delivered = orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(2)));
        assertThat(delivered.pointsDue()).isEqualTo(300);

        orders.settleDue(LocalDateTime.of(2026, 3, 11, 23, 59));
        assertThat(balances(id(anna)).available()).isZero();
        orders.settleDue(LocalDateTime.of(2026, 3, 12, 23, 59));
        assertThat(balances(id(anna)).available()).isEqualTo(300);
        assertThat(balances(id(anna)).pending()).isZero();
        assertThat(orders.find("gadgets", id).orElseThrow().pointsState()).isEqualTo(PointsState.AVAILABLE);

        Balances settled = balances(id(anna));
        orders.settleDue(LocalDateTime.of(2026, 3, 12, 23, 59));
        orders.settleDue(LocalDateTime.of(2026, 4, 1, 0, 0));
        assertThat(balances(id(anna))).isEqualTo(settled);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void cancellingVoidsPendingPointsAndGivesBackSpentPoints() {
        Customer boris = customer("SILVER");
        grant(id(boris), 2_000);
        String id = newId();
        orders.place("gadgets", order(id, boris, List.of(line("1", 1, "12000.00")),
                pay(PaymentMethod.CARD, "10000.00"), pay(PaymentMethod.POINTS, "2000")));
        assertThat(balances(id(boris)).pending()).isEqualTo(300);

        StatusResult cancelled = orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.CANCELLED, T0.plusHours(3)));

        assertThat(cancelled.pointsVoided()).isEqualTo(300);
        assertThat(cancelled.pointsGivenBack()).isEqualTo(2_000);
        assertThat(balances(id(boris)).pending()).isZero();
        assertThat(balances(id(boris)).available()).isEqualTo(2_000);
        StatusResult again = orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.CANCELLED, T0.plusHours(3)));
        assertThat(again.replayed()).isTrue();
        assertThat(balances(id(boris)).available()).isEqualTo(2_000);
        assertThatThrownBy(() -> orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(1))))
                .isInstanceOf(OrderConflictException.class);
        assertThat(orders.find("gadgets", id).orElseThrow().pointsState()).isEqualTo(PointsState.CANCELLED);
    }

    @Test
    void returningSomeUnitsTakesBackTheirPointsAndGivesBackThePointsSpentOnThem() {
        Customer boris = customer("SILVER");
        grant(id(boris), 3_000);
        String id = newId();
        // 4 units of 5 000: 3 000 points spent, 17 000 paid with money earns 3 % = 510.
        orders.place("gadgets", order(id, boris, List.of(line("1", 4, "5000.00")),
                pay(PaymentMethod.CARD, "17000.00"), pay(PaymentMethod.POINTS, "3000")));
        orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(1)));
        orders.settleDue(LocalDateTime.of(2026, 3, 12, 0, 0));
        assertThat(balances(id(boris)).available()).isEqualTo(510);

        ReturnResult first = orders.registerReturn("gadgets", id, new ReturnRequest("R1",
                List.of(new LineQuantity("1", 1)), T0.plusDays(5)));
        assertThat(first.pointsTakenBack()).isEqualTo(127);
        assertThat(first.pointsGivenBack()).isEqualTo(750);
        assertThat(first.amountReturned()).isEqualByComparingTo("5000.00");
        ReturnResult rest = orders.registerReturn("gadgets", id, new ReturnRequest("R2",
                List.of(new LineQuantity("1", 3)), T0.plusDays(6)));
        assertThat(first.pointsTakenBack() + rest.pointsTakenBack()).isEqualTo(510);
        assertThat(first.pointsGivenBack() + rest.pointsGivenBack()).isEqualTo(3_000);
        assertThat(balances(id(boris)).available()).isEqualTo(3_000);
        assertThat(orders.find("gadgets", id).orElseThrow().pointsState()).isEqualTo(PointsState.RETURNED);

        assertThatThrownBy(() -> orders.registerReturn("gadgets", id, new ReturnRequest("R3",
                List.of(new LineQuantity("1", 1)), T0.plusDays(7)))).isInstanceOf(InvalidOrderException.class);
        assertThat(orders.registerReturn("gadgets", id, new ReturnRequest("R1",
                List.of(new LineQuantity("1", 1)), T0.plusDays(5))).replayed()).isTrue();
        assertThatThrownBy(() -> orders.registerReturn("gadgets", id, new ReturnRequest("R1",
                List.of(new LineQuantity("1", 2)), T0.plusDays(5)))).isInstanceOf(OrderConflictException.class);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void returningPointsAlreadySpentRecordsADebt() {
        Customer vera = customer("GOLD");
        String id = newId();
        orders.place("gadgets", order(id, vera, List.of(line("1", 1, "20000.00"))));
        orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(1)));
        orders.settleDue(LocalDateTime.of(2026, 3, 12, 0, 0));
        orders.place("gadgets", order(newId(), vera, List.of(line("1", 1, "1000.00")),
                pay(PaymentMethod.CARD, "10.00"), pay(PaymentMethod.POINTS, "990")));
        assertThat(balances(id(vera)).available()).isEqualTo(10);

        ReturnResult returned = orders.registerReturn("gadgets", id, new ReturnRequest("R1",
                List.of(new LineQuantity("1", 1)), T0.plusDays(3)));

        assertThat(returned.pointsTakenBack()).isEqualTo(1_000);
        assertThat(returned.debtRecorded()).isEqualTo(990);
        assertThat(balances(id(vera)).debt()).isEqualTo(990);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void aB2bOrderDeliveredInBatchesReleasesThePointsOfEachBatchAfterSettlement() {
        Customer buyer = buyer();
        long company = buyer.company().companyId().value();
        String id = newId();
        // 100 units of 1 000 in St Petersburg: 1.5 % of 100 000 = 1 500 points.
        orders.place("business", order(id, buyer, Channel.B2B, "SPB", List.of(line("1", 60, "1000.00"),
                line("2", 40, "1000.00"))));
        assertThat(balances(company).pending()).isEqualTo(1_500);

        ShipmentResult first = orders.ship("business", id, new ShipmentRequest("S1", "Склад Москва",
                List.of(new LineQuantity("1", 30)), T0.plusDays(1)));
        ShipmentResult second = orders.ship("business", id, new ShipmentRequest("S2", "Магазин Тверь",
                List.of(new LineQuantity("1", 30), new LineQuantity("2", 10)), T0.plusDays(2)));
        ShipmentResult third = orders.ship("business", id, new ShipmentRequest("S3", "Склад Москва",
                List.of(new LineQuantity("2", 30)), T0.plusDays(3)));
        assertThat(first.points() + second.points() + third.points()).isEqualTo(1_500);
        assertThat(first.points()).isEqualTo(450);

        orders.deliverShipment("business", id, "S1", LocalDateTime.of(2026, 3, 12, 10, 0));
        orders.settleDue(LocalDateTime.of(2026, 3, 12, 23, 0));
        assertThat(balances(company).available()).isEqualTo(450);
        assertThat(balances(company).pending()).isEqualTo(1_050);

        orders.deliverShipment("business", id, "S2", LocalDateTime.of(2026, 3, 13, 10, 0));
        orders.settleDue(LocalDateTime.of(2026, 3, 13, 23, 0));
        assertThat(balances(company).available()).isEqualTo(450 + second.points());

        DeliveryResult last = orders.deliverShipment("business", id, "S3", LocalDateTime.of(2026, 3, 14, 10, 0));
        assertThat(last.orderStatus()).isEqualTo(OrderStatus.DELIVERED);
        orders.settleDue(LocalDateTime.of(2026, 3, 14, 23, 0));
        assertThat(balances(company).available()).isEqualTo(1_500);
        assertThat(balances(company).pending()).isZero();

        OrderDetails details = orders.find("business", id).orElseThrow();
        assertThat(details.lines()).extracting(OrderLine::shipped).containsExactly(60, 40);
        assertThat(details.lines()).extracting(OrderLine::delivered).containsExactly(60, 40);
        assertThat(details.shipments()).extracting(Shipment::destination)
                .containsExactly("Склад Москва", "Магазин Тверь", "Склад Москва");
        assertThat(details.shipments()).allSatisfy(s -> assertThat(s.settledAt()).isNotNull());
        assertThat(details.pointsSettled()).isEqualTo(1_500);
        assertThatThrownBy(() -> orders.ship("business", id, new ShipmentRequest("S4", "Склад Москва",
                List.of(new LineQuantity("1", 1)), T0.plusDays(4)))).isInstanceOf(OrderConflictException.class);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void shippingMoreUnitsThanOrderedIsRefused() {
        Customer buyer = buyer();
        String id = newId();
        orders.place("business", order(id, buyer, Channel.B2B, "SPB", List.of(line("1", 10, "1000.00"))));
        orders.ship("business", id, new ShipmentRequest("S1", "A", List.of(new LineQuantity("1", 6)), T0.plusDays(1)));
        assertThatThrownBy(() -> orders.ship("business", id, new ShipmentRequest("S2", "B",
                List.of(new LineQuantity("1", 5)), T0.plusDays(1)))).isInstanceOf(InvalidOrderException.class);
        assertThatThrownBy(() -> orders.ship("business", id, new ShipmentRequest("S3", "B",
                List.of(new LineQuantity("9", 1)), T0.plusDays(1)))).isInstanceOf(InvalidOrderException.class);
    }

    @Test
    void aServiceCentreRevisionPostsOnlyTheDifference() {
        Customer boris = customer("SILVER");
        String id = newId();
        orders.place("service", order(id, boris, Channel.SERVICE_CENTRE, "OTHER",
                List.of(line("diag", 1, "5000.00"))));
        assertThat(balances(id(boris)).pending()).isEqualTo(150);

        RevisionResult up = orders.revise("service", id, new RevisionRequest("V1",
                List.of(line("diag", 1, "5000.00"), line("screen", 1, "7000.00")), "diagnosis", T0.plusDays(1)));
        assertThat(up.cashbackDifference()).isEqualTo(210);
        assertThat(balances(id(boris)).pending()).isEqualTo(360);

        RevisionResult warranty = orders.revise("service", id, new RevisionRequest("V2",
                List.of(line("screen", 1, "0.00")), "warranty", T0.plusDays(2)));
        assertThat(warranty.calculation().pointsToAccrue()).isZero();
        assertThat(warranty.cashbackDifference()).isEqualTo(-360);
        assertThat(balances(id(boris)).pending()).isZero();

        OrderDetails details = orders.find("service", id).orElseThrow();
        assertThat(details.revisions()).extracting(Revision::revisionId).containsExactly("V1", "V2");
        assertThat(details.calculation().total()).isEqualByComparingTo("0");
        assertThat(orders.revise("service", id, new RevisionRequest("V2",
                List.of(line("screen", 1, "0.00")), "warranty", T0.plusDays(2))).replayed()).isTrue();
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void cannotRepairCancelsTheRepairOrder() {
        Customer boris = customer("SILVER");
        grant(id(boris), 1_000);
        String id = newId();
        orders.place("service", order(id, boris, Channel.SERVICE_CENTRE, "OTHER", List.of(line("diag", 1, "6000.00")),
                pay(PaymentMethod.CASH, "5000.00"), pay(PaymentMethod.POINTS, "1000")));

        RevisionResult result = orders.revise("service", id, new RevisionRequest("V1", List.of(),
                RevisionRequest.CANNOT_REPAIR, T0.plusDays(1)));

        assertThat(result.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(balances(id(boris)).available()).isEqualTo(1_000);
        assertThat(balances(id(boris)).pending()).isZero();
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void identicalReturnsShipmentsAndRevisionsSentAtTheSameMomentHappenOnce() throws Exception {
        Customer buyer = buyer();
        long company = buyer.company().companyId().value();
        String b2b = newId();
        orders.place("business", order(b2b, buyer, Channel.B2B, "SPB", List.of(line("1", 10, "1000.00"))));
        ShipmentRequest shipment = new ShipmentRequest("S1", "Склад", List.of(new LineQuantity("1", 4)), T0.plusDays(1));
        List<ShipmentResult> shipped = PlacingOrdersTest.runTogether(6, () -> orders.ship("business", b2b, shipment));
        assertThat(shipped).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(orders.find("business", b2b).orElseThrow().lines().get(0).shipped()).isEqualTo(4);

        ReturnRequest giveBack = new ReturnRequest("R1", List.of(new LineQuantity("1", 2)), T0.plusDays(2));
        List<ReturnResult> returned = PlacingOrdersTest.runTogether(6, () -> orders.registerReturn("business", b2b, giveBack));
        assertThat(returned).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(returned).extracting(ReturnResult::pointsTakenBack).containsOnly(30L);
        assertThat(balances(company).pending()).isEqualTo(120);

        Customer boris = customer("SILVER");
        String repair = newId();
        orders.place("service", order(repair, boris, Channel.SERVICE_CENTRE, "OTHER", List.of(line("d", 1, "5000.00"))));
        RevisionRequest revision = new RevisionRequest("V1", List.of(line("d", 1, "8000.00")), "diagnosis", T0.plusDays(1));
        List<RevisionResult> revised = PlacingOrdersTest.runTogether(6, () -> orders.revise("service", repair, revision));
        assertThat(revised).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(balances(id(boris)).pending()).isEqualTo(240);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void callsOnAnUnknownOrderAreRefused() {
        assertThatThrownBy(() -> orders.changeStatus("gadgets", "NO-SUCH", new StatusChange(OrderStatus.PAID, T0)))
                .isInstanceOf(OrderNotFoundException.class);
        String id = newId();
        orders.place("gadgets", order(id, null, List.of(line("1", 1, "100.00"))));
        assertThatThrownBy(() -> orders.changeStatus("home", id, new StatusChange(OrderStatus.PAID, T0)))
                .isInstanceOf(OrderNotFoundException.class);
    }
}
