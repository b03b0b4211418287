package io.kopilka.orders.internal;

import io.kopilka.db.tables.records.OrdersLineRecord;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersShipmentLineRecord;
import io.kopilka.db.tables.records.OrdersShipmentRecord;
import io.kopilka.orders.DeliveryResult;
import io.kopilka.orders.InvalidOrderException;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.ShipmentRequest;
import io.kopilka.orders.ShipmentResult;
import io.kopilka.programme.Programme;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Partial deliveries: batches shipped to destinations and delivered one by one, each delivered batch making the
 * pending points of its part due for settlement. A batch's points are the line shares of its units, counted so that
 * all batches of a line add up to the line's cashback exactly.
 */
@Component
class OrderDeliveries {

    private final OrderRows rows;
    private final OnceEach once;
    private final Programme programme;
    private final SettlementItems items;

    OrderDeliveries(OrderRows rows, OnceEach once, Programme programme, SettlementItems items) {
        this.rows = rows;
        this.once = once;
        this.programme = programme;
        this.items = items;
    }

    ShipmentResult ship(String network, String externalId, @Nullable ShipmentRequest request) {
        if (request == null) {
            throw InvalidOrderException.of("shipment", "order.field.required");
        }
        FieldErrors errors = new FieldErrors();
        errors.text("shipmentId", request.shipmentId(), OrderValidation.ID_LENGTH, true);
        errors.text("destination", request.destination(), 200, true);
        OrderValidation.time("at", request.at(), errors);
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add("lines", "order.lines.empty");
        }
        errors.throwIfAny();
        LocalDateTime at = Times.utc(request.at());
        OnceEach.Call call = new OnceEach.Call(network, externalId, "SHIPMENT", request.shipmentId(),
                List.of(request.destination(), request.lines(), at.toString()), at);
        return once.run(call, ShipmentResult.class,
                r -> new ShipmentResult(r.shipmentId(), r.destination(), r.lines(), r.points(), true),
                order -> shipped(order, request, at));
    }

    private ShipmentResult shipped(OrdersOrderRecord order, ShipmentRequest request, LocalDateTime at) {
        OrderChanges.refuseIfCancelled(order);
        if (OrderChanges.status(order) == OrderStatus.DELIVERED) {
            throw new OrderConflictException("order.conflict.delivered");
        }
        Map<String, OrdersLineRecord> byId = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        for (OrdersLineRecord line : rows.lines(order.getId())) {
            byId.put(line.getLineId(), line);
            left.put(line.getLineId(), line.getQuantity() - line.getShipped());
        }
        FieldErrors errors = new FieldErrors();
        OrderValidation.units(request.lines(), left, "order.shipment.tooMany", errors);
        errors.throwIfAny();

        long points = 0;
        List<OrdersShipmentLineRecord> shipmentLines = new ArrayList<>();
        for (LineQuantity unit : request.lines()) {
            OrdersLineRecord line = byId.get(unit.lineId());
            int before = line.getShipped();
            points += Shares.points(line.getCashback(), line.getQuantity(), before, before + unit.quantity());
            line.setShipped(before + unit.quantity());
            rows.update(line);
            OrdersShipmentLineRecord shipmentLine = rows.newShipmentLine();
            shipmentLine.setOrderId(order.getId());
            shipmentLine.setShipmentId(request.shipmentId());
            shipmentLine.setLineId(unit.lineId());
            shipmentLine.setQuantity(unit.quantity());
            shipmentLines.add(shipmentLine);
        }
        OrdersShipmentRecord shipment = rows.newShipment();
        shipment.setOrderId(order.getId());
        shipment.setShipmentId(request.shipmentId());
        shipment.setDestination(request.destination());
        shipment.setShippedAt(at);
        shipment.setPoints(points);
        rows.insert(shipment);
        rows.insertShipmentLines(shipmentLines);
        return new ShipmentResult(request.shipmentId(), request.destination(), request.lines(), points, false);
    }

    DeliveryResult deliver(String network, String externalId, String shipmentId, @Nullable OffsetDateTime when) {
        FieldErrors errors = new FieldErrors();
        OrderValidation.time("at", when, errors);
        errors.throwIfAny();
        LocalDateTime at = Times.utc(when);
        OnceEach.Call call = new OnceEach.Call(network, externalId, "DELIVERY", shipmentId, at.toString(), at);
        return once.run(call, DeliveryResult.class,
                r -> new DeliveryResult(r.shipmentId(), r.pointsDue(), r.orderStatus(), true),
                order -> delivered(order, shipmentId, at));
    }

    private DeliveryResult delivered(OrdersOrderRecord order, String shipmentId, LocalDateTime at) {
        OrderChanges.refuseIfCancelled(order);
        OrdersShipmentRecord shipment = rows.shipment(order.getId(), shipmentId)
                .orElseThrow(() -> new OrderConflictException("order.shipment.unknown"));
        Map<String, Integer> units = new LinkedHashMap<>();
        rows.shipmentLines(order.getId()).stream().filter(l -> l.getShipmentId().equals(shipmentId))
                .forEach(l -> units.put(l.getLineId(), l.getQuantity()));
        List<OrdersLineRecord> lines = rows.lines(order.getId());
        boolean complete = true;
        for (OrdersLineRecord line : lines) {
            line.setDelivered(line.getDelivered() + units.getOrDefault(line.getLineId(), 0));
            rows.update(line);
            complete &= line.getDelivered().equals(line.getQuantity());
        }
        shipment.setDeliveredAt(at);
        rows.update(shipment);
        if (order.getMemberId() != null && shipment.getPoints() > 0 || complete && order.getMemberId() != null) {
            // The batch completing the order releases everything left, so nothing stays pending for ever.
            Long points = complete ? null : shipment.getPoints();
            PointsDates.dueOnDelivery(programme.policies(), at)
                    .ifPresent(due -> items.add(order, shipmentId, points, due));
        }
        if (complete) {
            order.setStatus(OrderStatus.DELIVERED.name());
            order.setDeliveredAt(at);
            rows.update(order);
        }
        return new DeliveryResult(shipmentId, shipment.getPoints(), OrderChanges.status(order), false);
    }
}
