package io.kopilka.orders.internal;

import static io.kopilka.db.Tables.ORDERS_ORDER;

import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersReturnLineRecord;
import io.kopilka.db.tables.records.OrdersSettlementRecord;
import io.kopilka.db.tables.records.OrdersShipmentLineRecord;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.PendingPoints;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderId;
import io.kopilka.orders.OrderLine;
import io.kopilka.orders.OrderReturn;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.OrderSummary;
import io.kopilka.orders.PointsState;
import io.kopilka.orders.Revision;
import io.kopilka.orders.Shipment;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.springframework.stereotype.Component;

/**
 * Orders as their readers see them. Points settled are not stored on the order: they are what the order earned
 * (net) less what the ledger still holds pending of it, so the two can never disagree.
 */
@Component
class OrderViews {

    private final OrderRows rows;
    private final Ledger ledger;
    private final OrderJson json;

    OrderViews(OrderRows rows, Ledger ledger, OrderJson json) {
        this.rows = rows;
        this.ledger = ledger;
        this.json = json;
    }

    Optional<OrderDetails> details(Optional<OrdersOrderRecord> found) {
        return found.map(this::details);
    }

    private OrderDetails details(OrdersOrderRecord order) {
        long orderId = order.getId();
        long pending = order.getMemberId() == null ? 0
                : ledger.pending(order.getNetworkCode(), Postings.sourceOf(order.getExternalId()));
        long settled = settled(order, pending);
        List<OrderLine> lines = rows.lines(orderId).stream().map(l -> new OrderLine(l.getLineId(), l.getSku(),
                l.getName(), l.getCategory(), l.getBrand(), l.getSupplier(), l.getQuantity(), l.getUnitPrice(),
                l.getDiscount(), l.getRedeemed(), l.getCashback(), l.getShipped(), l.getDelivered(),
                l.getReturned())).toList();
        List<Payment> payments = rows.payments(orderId).stream()
                .map(p -> new Payment(PaymentMethod.valueOf(p.getMethod()), p.getAmount())).toList();
        List<OrdersShipmentLineRecord> shipmentLines = rows.shipmentLines(orderId);
        Map<String, LocalDateTime> settledBatches = new HashMap<>();
        for (OrdersSettlementRecord item : rows.settlements(orderId)) {
            if (item.getShipmentId() != null && item.getSettledAt() != null) {
                settledBatches.put(item.getShipmentId(), item.getSettledAt());
            }
        }
        List<Shipment> shipments = rows.shipments(orderId).stream().map(s -> new Shipment(s.getShipmentId(),
                s.getDestination(), s.getShippedAt(), s.getDeliveredAt(),
                shipmentLines.stream().filter(l -> l.getShipmentId().equals(s.getShipmentId()))
                        .map(l -> new LineQuantity(l.getLineId(), l.getQuantity())).toList(),
                s.getPoints(), settledBatches.get(s.getShipmentId()))).toList();
        List<OrdersReturnLineRecord> returnLines = rows.returnLines(orderId);
        List<OrderReturn> returns = rows.returns(orderId).stream().map(r -> new OrderReturn(r.getReturnId(),
                r.getAt(), returnLines.stream().filter(l -> l.getReturnId().equals(r.getReturnId()))
                .map(l -> new LineQuantity(l.getLineId(), l.getQuantity())).toList(), r.getAmount(),
                r.getPointsTakenBack(), r.getPointsGivenBack())).toList();
        List<Revision> revisions = rows.revisions(orderId).stream().map(r -> new Revision(r.getRevisionId(),
                r.getReason(), r.getAt(), r.getTotalBefore(), r.getTotalAfter(), r.getCashbackBefore(),
                r.getCashbackAfter())).toList();
        return new OrderDetails(new OrderId(orderId), order.getNetworkCode(), order.getExternalId(),
                order.getCustomerId(), order.getMemberId(), Channel.valueOf(order.getChannel()),
                order.getRegionCode(), order.getStore(), order.getPlacedAt(), OrderChanges.status(order),
                state(order, pending), json.read(order.getCalculation(), Calculation.class),
                order.getPointsAccrued(), order.getPointsRedeemed(), settled, lines, payments, shipments, returns,
                revisions);
    }

    List<OrderSummary> ofMember(long memberId, int limit) {
        return summaries(ORDERS_ORDER.MEMBER_ID.eq(memberId), limit);
    }

    List<OrderSummary> ofCustomer(long customerId, int limit) {
        return summaries(ORDERS_ORDER.CUSTOMER_ID.eq(customerId), limit);
    }

    List<OrderSummary> ofNetwork(String network, int limit) {
        return summaries(ORDERS_ORDER.NETWORK_CODE.eq(network), limit);
    }

    /** The orders with their pending points, read for all their accounts in one statement. */
    private List<OrderSummary> summaries(Condition which, int limit) {
        List<OrdersOrderRecord> orders = rows.newest(which, limit);
        Set<Long> members = orders.stream().map(OrdersOrderRecord::getMemberId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Long> pending = new HashMap<>();
        for (PendingPoints p : ledger.pendingOfMembers(members)) {
            pending.put(p.network() + "|" + p.sourceRef(), p.points());
        }
        return orders.stream().map(order -> summary(order, pending.getOrDefault(
                order.getNetworkCode() + "|" + Postings.sourceOf(order.getExternalId()), 0L))).toList();
    }

    private OrderSummary summary(OrdersOrderRecord order, long pending) {
        return new OrderSummary(new OrderId(order.getId()), order.getNetworkCode(), order.getExternalId(),
                order.getCustomerId(), Channel.valueOf(order.getChannel()), order.getPlacedAt(),
                OrderChanges.status(order), order.getTotal(), order.getPointsAccrued(), order.getPointsRedeemed(),
                settled(order, pending), state(order, pending));
    }

    private static long settled(OrdersOrderRecord order, long pending) {
        return OrderChanges.status(order) == OrderStatus.CANCELLED ? 0 : Math.max(0, order.getPointsAccrued() - pending);
    }

    private static PointsState state(OrdersOrderRecord order, long pending) {
        if (OrderChanges.status(order) == OrderStatus.CANCELLED) {
            return PointsState.CANCELLED;
        }
        if (order.getPointsAccrued() == 0) {
            boolean returned = order.getAmountReturned().signum() > 0
                    && order.getAmountReturned().compareTo(order.getTotal()) >= 0;
            return returned ? PointsState.RETURNED : PointsState.NONE;
        }
        if (pending == 0) {
            return PointsState.AVAILABLE;
        }
        return pending >= order.getPointsAccrued() ? PointsState.PENDING : PointsState.PARTLY_AVAILABLE;
    }
}
