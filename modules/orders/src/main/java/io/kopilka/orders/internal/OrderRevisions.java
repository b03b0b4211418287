package io.kopilka.orders.internal;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersPaymentRecord;
import io.kopilka.db.tables.records.OrdersRevisionRecord;
import io.kopilka.orders.InvalidOrderException;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.RevisionRequest;
import io.kopilka.orders.RevisionResult;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.OrderCalculator;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Service-centre revisions: the lines are replaced, the order calculated again as of its placing month (the points
 * it already spends stay spent as far as the new total allows) and only the difference is posted. A repair at zero
 * (warranty) leaves no cashback; "cannot repair" cancels the order.
 */
@Component
class OrderRevisions {

    private final OrderRows rows;
    private final OnceEach once;
    private final Postings postings;
    private final Programme programme;
    private final Shoppers shoppers;
    private final Customers customers;
    private final OrderCalculator calculator;
    private final OrderChanges changes;
    private final OrderJson json;
    private final Tiers tiers;

    OrderRevisions(OrderRows rows, OnceEach once, Postings postings, Programme programme, Shoppers shoppers,
                   Customers customers, OrderCalculator calculator, OrderChanges changes, OrderJson json,
                   Tiers tiers) {
        this.rows = rows;
        this.once = once;
        this.postings = postings;
        this.programme = programme;
        this.shoppers = shoppers;
        this.customers = customers;
        this.calculator = calculator;
        this.changes = changes;
        this.json = json;
        this.tiers = tiers;
    }

    RevisionResult revise(String network, String externalId, @Nullable RevisionRequest request) {
        if (request == null) {
            throw InvalidOrderException.of("revision", "order.field.required");
        }
        FieldErrors errors = new FieldErrors();
        errors.text("revisionId", request.revisionId(), OrderValidation.ID_LENGTH, true);
        boolean reasonGiven = errors.text("reason", request.reason(), 200, true);
        OrderValidation.time("at", request.at(), errors);
        OrderValidation.revisedLines(request.lines(), reasonGiven && request.cancelsOrder(), errors);
        errors.throwIfAny();
        LocalDateTime at = Times.utc(request.at());
        OnceEach.Call call = new OnceEach.Call(network, externalId, "REVISION", request.revisionId(),
                List.of(Baskets.canonicalLines(request.lines()), request.reason(), at.toString()), at);
        return once.run(call, RevisionResult.class,
                r -> new RevisionResult(r.revisionId(), r.status(), r.calculation(), r.cashbackDifference(), true),
                order -> revised(order, request, at));
    }

    private RevisionResult revised(OrdersOrderRecord order, RevisionRequest request, LocalDateTime at) {
        OrderChanges.refuseIfCancelled(order);
        if (OrderChanges.status(order) == OrderStatus.DELIVERED) {
            throw new OrderConflictException("order.conflict.delivered");
        }
        BigDecimal totalBefore = order.getTotal();
        long cashbackBefore = order.getPointsAccrued();
        if (rows.lines(order.getId()).stream().anyMatch(l -> l.getShipped() > 0 || l.getReturned() > 0)) {
            throw new OrderConflictException("order.conflict.shipped");
        }
        if (request.cancelsOrder()) {
            changes.cancelled(order, at, "order.cancelled");
            record(order, request, at, totalBefore, BigDecimal.ZERO, cashbackBefore, 0);
            Calculation none = new Calculation(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), 0, 0, 0,
                    List.of(), List.of());
            return new RevisionResult(request.revisionId(), OrderStatus.CANCELLED, none, -cashbackBefore, false);
        }
        Calculation after = recalculate(order, request.lines(), at);
        long difference = after.pointsToAccrue() - cashbackBefore;
        long givenBack = order.getPointsRedeemed() - after.pointsRedeemed();
        if (order.getMemberId() != null) {
            Postings.OrderRef ref = OrderChanges.ref(order);
            String step = "revision:" + request.revisionId();
            if (difference > 0) {
                postings.accrue(ref, step, difference, at);
            }
            postings.reverse(ref, step, List.of(), Math.max(0, -difference), Math.max(0, givenBack),
                    "order.revised", at, PointsDates.expiry(programme.policies(), at));
        }
        rows.replaceLines(order.getId(), Baskets.lineRecords(rows, order.getId(), request.lines(), after));
        order.setSubtotal(after.subtotal());
        order.setDiscount(after.discount());
        order.setTotal(after.total());
        order.setPointsAccrued(after.pointsToAccrue());
        order.setPointsRedeemed(after.pointsRedeemed());
        order.setCalculation(json.write(after));
        rows.update(order);
        record(order, request, at, totalBefore, after.total(), cashbackBefore, after.pointsToAccrue());
        if (order.getCustomerId() != null) {
            tiers.recalculate(order.getCustomerId(), at);
        }
        return new RevisionResult(request.revisionId(), OrderChanges.status(order), after, difference, false);
    }

    /** The new calculation with the person's tier now, the month's cashback of other orders, the points it holds. */
    private Calculation recalculate(OrdersOrderRecord order, List<BasketLine> lines, LocalDateTime at) {
        Shopper shopper = null;
        if (order.getCustomerId() != null) {
            Optional<Customer> customer = customers.find(new CustomerId(order.getCustomerId()));
            if (customer.isPresent()) {
                rows.lockMember(order.getMemberId());
                shopper = shoppers.shopper(customer.get(), order.getMemberId(), order.getPlacedAt(),
                        order.getPointsRedeemed(), order.getId());
            }
        }
        List<Payment> payments = new ArrayList<>();
        for (OrdersPaymentRecord payment : rows.payments(order.getId())) {
            if (PaymentMethod.valueOf(payment.getMethod()).isMoney()) {
                payments.add(new Payment(PaymentMethod.valueOf(payment.getMethod()), payment.getAmount()));
            }
        }
        if (order.getPointsRedeemed() > 0) {
            payments.add(new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(order.getPointsRedeemed())));
        }
        return calculator.calculate(Baskets.input(order.getNetworkCode(), Channel.valueOf(order.getChannel()),
                order.getRegionCode(), lines, payments, shopper, programme, at));
    }

    private void record(OrdersOrderRecord order, RevisionRequest request, LocalDateTime at, BigDecimal totalBefore,
                        BigDecimal totalAfter, long cashbackBefore, long cashbackAfter) {
        OrdersRevisionRecord revision = rows.newRevision();
        revision.setOrderId(order.getId());
        revision.setRevisionId(request.revisionId());
        revision.setReason(request.reason());
        revision.setAt(at);
        revision.setTotalBefore(totalBefore);
        revision.setTotalAfter(totalAfter);
        revision.setCashbackBefore(cashbackBefore);
        revision.setCashbackAfter(cashbackAfter);
        rows.insert(revision);
    }
}
