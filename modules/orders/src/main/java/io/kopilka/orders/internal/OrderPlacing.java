package io.kopilka.orders.internal;

import io.kopilka.customers.Customer;
import io.kopilka.db.DatabaseFailures;
import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.OrdersLineRecord;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersPaymentRecord;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderId;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.OrderCalculator;
import io.kopilka.promotions.PromotionOrders;
import io.kopilka.promotions.Shopper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Calculating and placing orders. Placing inserts the order row first — its unique (network, external id) is the
 * idempotency gate, so of two identical calls at the same moment the second waits and then answers the first's
 * result — then holds the points account's lock, calculates with the balance and monthly cashback read under it,
 * and posts exactly what the calculation shows.
 */
@Component
class OrderPlacing {

    private final OrderRows rows;
    private final Shoppers shoppers;
    private final OrderCalculator calculator;
    private final Programme programme;
    private final Postings postings;
    private final OrderJson json;
    private final Retrying retrying;
    private final Tiers tiers;
    private final SettlementItems items;
    private final PromotionOrders promotions;

    OrderPlacing(OrderRows rows, Shoppers shoppers, OrderCalculator calculator, Programme programme,
                 Postings postings, OrderJson json, Retrying retrying, Tiers tiers, SettlementItems items,
                 PromotionOrders promotions) {
        this.promotions = promotions;
        this.rows = rows;
        this.shoppers = shoppers;
        this.calculator = calculator;
        this.programme = programme;
        this.postings = postings;
        this.json = json;
        this.retrying = retrying;
        this.tiers = tiers;
        this.items = items;
    }

    Calculation calculate(String network, OrderRequest request) {
        OrderValidation.order(request, code -> programme.region(code).isPresent());
        LocalDateTime at = Times.utc(request.placedAt());
        Optional<Customer> customer = shoppers.resolve(request.customer());
        Shopper shopper = customer.map(c -> shoppers.shopper(c, Shoppers.memberOf(c, request.channel()), at, 0, 0))
                .orElse(null);
        return calculator.calculate(Baskets.input(network, request, shopper, programme, at));
    }

    PlacedOrder place(String network, OrderRequest request) {
        // Validation and the person are read in the order's own transaction: one round of transaction statements,
        // and the programme's settings read once for both (TransactionMemo).
        String[] fingerprint = new String[1];
        try {
            return retrying.inTransaction(() -> {
                OrderValidation.order(request, code -> programme.region(code).isPresent());
                Optional<Customer> customer = shoppers.resolve(request.customer());
                fingerprint[0] = json.fingerprint(Baskets.canonical(network, request, customer));
                return placeOnce(network, request, customer, fingerprint[0]);
            });
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDuplicateKey(e) || fingerprint[0] == null) {
                throw e;
            }
            return replay(network, request.externalId(), fingerprint[0]);
        }
    }

    private PlacedOrder replay(String network, String externalId, String fingerprint) {
        OrdersOrderRecord order = rows.find(network, externalId)
                .orElseThrow(() -> new IllegalStateException("A duplicate key without an order " + externalId));
        if (!order.getFingerprint().equals(fingerprint)) {
            throw new OrderConflictException("order.conflict.idempotency");
        }
        return new PlacedOrder(new OrderId(order.getId()), externalId, OrderStatus.PLACED,
                json.read(order.getPlacedResponse(), Calculation.class), true);
    }

    private PlacedOrder placeOnce(String network, OrderRequest request, Optional<Customer> customer,
                                  String fingerprint) {
        LocalDateTime at = Times.utc(request.placedAt());
        long orderId = Ids.next();
        OrdersOrderRecord order = rows.newOrder();
        order.setId(orderId);
        order.setNetworkCode(network);
        order.setExternalId(request.externalId());
        order.setFingerprint(fingerprint);
        order.setChannel(request.channel().name());
        order.setRegionCode(request.region());
        order.setStore(request.store());
        order.setPlacedAt(at);
        order.setStatus(OrderStatus.PLACED.name());
        order.setSubtotal(java.math.BigDecimal.ZERO);
        order.setDiscount(java.math.BigDecimal.ZERO);
        order.setTotal(java.math.BigDecimal.ZERO);
        order.setPointsAccrued(0L);
        order.setPointsRedeemed(0L);
        order.setCalculation("{}");
        order.setPlacedResponse("{}");
        customer.ifPresent(c -> {
            order.setCustomerId(c.customerId().value());
            order.setMemberId(Shoppers.memberOf(c, request.channel()));
        });
        rows.insert(order);
        order.changed(false); // the update at the end then writes only what the calculation fills in

        Shopper shopper = null;
        if (customer.isPresent()) {
            rows.lockMember(order.getMemberId());
            shopper = shoppers.shopper(customer.get(), order.getMemberId(), at, 0, orderId,
                    Shopper.orderRef(network, request.externalId()));
        }
        // Promotions with a budget are locked before the calculation reads what is left of them (ADR 0016).
        promotions.lockBudgets(at);
        CalculationInput input = Baskets.input(network, request, shopper, programme, at);
        Calculation calculation = calculator.calculate(input);
        checkPaymentsAddUp(request, calculation);
        promotions.placed(new PromotionOrders.PlacedOrderFacts(request.externalId(), order.getCustomerId(),
                order.getMemberId(), shopper == null ? null : shopper.tier().code(), at, input.basket(),
                calculation));

        if (shopper != null) {
            Postings.OrderRef ref = new Postings.OrderRef(network, request.externalId(), order.getMemberId());
            if (calculation.pointsRedeemed() > 0) {
                postings.redeem(ref, calculation.pointsRedeemed(), at);
            }
            if (calculation.pointsToAccrue() > 0) {
                postings.accrue(ref, "accrue", calculation.pointsToAccrue(), at);
                dueAfterPurchase(order, at);
            }
        }
        rows.insertLines(Baskets.lineRecords(rows, orderId, request.lines(), calculation));
        rows.insertPayments(paymentRecords(orderId, request));
        order.setSubtotal(calculation.subtotal());
        order.setDiscount(calculation.discount());
        order.setTotal(calculation.total());
        order.setPointsAccrued(calculation.pointsToAccrue());
        order.setPointsRedeemed(calculation.pointsRedeemed());
        String stored = json.write(calculation);
        order.setCalculation(stored);
        order.setPlacedResponse(stored);
        rows.update(order);
        customer.ifPresent(c -> tiers.recalculate(c.customerId().value(), c.tier().code(), at));
        return new PlacedOrder(new OrderId(orderId), request.externalId(), OrderStatus.PLACED, calculation, false);
    }

    /** Under the "N hours after purchase" rule the points are due from the purchase on, delivered or not. */
    private void dueAfterPurchase(OrdersOrderRecord order, LocalDateTime at) {
        PointsDates.dueAfterPurchase(programme.policies(), at).ifPresent(due -> items.add(order, null, null, due));
    }

    /** When the client says how it is paid, the payments (money and points asked for) must add up to the total. */
    private static void checkPaymentsAddUp(OrderRequest request, Calculation calculation) {
        boolean saysMoney = request.payments().stream().anyMatch(p -> p.method().isMoney());
        java.math.BigDecimal paid = request.payments().stream().map(io.kopilka.promotions.Payment::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        if (saysMoney && paid.compareTo(calculation.total()) != 0) {
            throw io.kopilka.orders.InvalidOrderException.of("payments", "order.payments.sum");
        }
    }

    private List<OrdersPaymentRecord> paymentRecords(long orderId, OrderRequest request) {
        List<OrdersPaymentRecord> payments = new ArrayList<>();
        for (int i = 0; i < request.payments().size(); i++) {
            OrdersPaymentRecord payment = rows.newPayment();
            payment.setOrderId(orderId);
            payment.setSeq(i + 1);
            payment.setMethod(request.payments().get(i).method().name());
            payment.setAmount(request.payments().get(i).amount());
            payments.add(payment);
        }
        return payments;
    }
}
