package io.kopilka.orders.internal;

import io.kopilka.orders.CustomerOrdersMoved;
import io.kopilka.orders.DeliveryResult;
import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderId;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderSummary;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.orders.PurchaseStats;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.ReturnResult;
import io.kopilka.orders.RevisionRequest;
import io.kopilka.orders.RevisionResult;
import io.kopilka.db.KeyPartition;
import io.kopilka.orders.SettlementResult;
import io.kopilka.orders.ShipmentRequest;
import io.kopilka.orders.ShipmentResult;
import io.kopilka.orders.StatusChange;
import io.kopilka.orders.StatusResult;
import io.kopilka.promotions.Calculation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderService implements Orders {

    private static final int MAX_LIST = 500;

    private final OrderPlacing placing;
    private final OrderChanges changes;
    private final OrderDeliveries deliveries;
    private final OrderRevisions revisions;
    private final OrderSettlement settlement;
    private final OrderViews views;
    private final OrderRows rows;
    private final CustomerOrderMoves moves;

    OrderService(OrderPlacing placing, OrderChanges changes, OrderDeliveries deliveries, OrderRevisions revisions,
                 OrderSettlement settlement, OrderViews views, OrderRows rows, CustomerOrderMoves moves) {
        this.placing = placing;
        this.changes = changes;
        this.deliveries = deliveries;
        this.revisions = revisions;
        this.settlement = settlement;
        this.views = views;
        this.rows = rows;
        this.moves = moves;
    }

    @Override
    @Transactional(readOnly = true)
    public Calculation calculate(String network, OrderRequest order) {
        return placing.calculate(network, order);
    }

    @Override
    public PlacedOrder place(String network, OrderRequest order) {
        return placing.place(network, order);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetails> find(String network, String externalId) {
        return views.details(rows.find(network, externalId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetails> find(OrderId orderId) {
        return views.details(rows.find(orderId.value()));
    }

    @Override
    public StatusResult changeStatus(String network, String externalId, StatusChange change) {
        return changes.changeStatus(network, externalId, change);
    }

    @Override
    public ReturnResult registerReturn(String network, String externalId, ReturnRequest request) {
        return changes.registerReturn(network, externalId, request);
    }

    @Override
    public ShipmentResult ship(String network, String externalId, ShipmentRequest request) {
        return deliveries.ship(network, externalId, request);
    }

    @Override
    public DeliveryResult deliverShipment(String network, String externalId, String shipmentId, LocalDateTime at) {
        return deliveries.deliver(network, externalId, shipmentId, at.atOffset(ZoneOffset.UTC));
    }

    @Override
    public RevisionResult revise(String network, String externalId, RevisionRequest request) {
        return revisions.revise(network, externalId, request);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderSummary> ordersOfMember(long memberId, int limit) {
        return views.ofMember(memberId, Math.min(limit, MAX_LIST));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderSummary> ordersOfCustomer(long customerId, int limit) {
        return views.ofCustomer(customerId, Math.min(limit, MAX_LIST));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderSummary> recent(String network, int limit) {
        return views.ofNetwork(network, Math.min(limit, MAX_LIST));
    }

    @Override
    public SettlementResult settleDue(LocalDateTime asOf) {
        return settlement.settleDue(asOf);
    }

    @Override
    public SettlementResult settleNextChunk(LocalDateTime asOf, KeyPartition partition) {
        return settlement.settleNextChunk(asOf, partition);
    }

    @Override
    @Transactional(readOnly = true)
    public long dueForSettlement(LocalDateTime asOf, KeyPartition partition) {
        return rows.dueCount(asOf, partition);
    }

    @Override
    @Transactional
    public CustomerOrdersMoved moveCustomer(long fromCustomerId, long toCustomerId, long fromMember, long toMember) {
        return moves.move(fromCustomerId, toCustomerId, fromMember, toMember);
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal purchasesSince(long customerId, LocalDate from) {
        return rows.purchasesSince(customerId, from.atStartOfDay());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PurchaseStats> purchaseStats(Collection<Long> customerIds,
            LocalDateTime from, LocalDateTime to) {
        return rows.purchaseStats(customerIds, from, to);
    }
}
