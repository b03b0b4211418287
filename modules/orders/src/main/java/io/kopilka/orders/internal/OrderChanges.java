package io.kopilka.orders.internal;

import io.kopilka.db.tables.records.OrdersLineRecord;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersReturnLineRecord;
import io.kopilka.db.tables.records.OrdersReturnRecord;
import io.kopilka.orders.InvalidOrderException;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.ReturnResult;
import io.kopilka.orders.StatusChange;
import io.kopilka.orders.StatusResult;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.PromotionOrders;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Status changes (paid, delivered, cancelled) and returns of some units, with their postings. */
@Component
class OrderChanges {

    private final OrderRows rows;
    private final OnceEach once;
    private final Postings postings;
    private final Programme programme;
    private final SettlementItems items;
    private final Tiers tiers;
    private final PromotionOrders promotions;

    OrderChanges(OrderRows rows, OnceEach once, Postings postings, Programme programme, SettlementItems items,
                 Tiers tiers, PromotionOrders promotions) {
        this.promotions = promotions;
        this.rows = rows;
        this.once = once;
        this.postings = postings;
        this.programme = programme;
        this.items = items;
        this.tiers = tiers;
    }

    StatusResult changeStatus(String network, String externalId, @Nullable StatusChange change) {
        FieldErrors errors = new FieldErrors();
        if (change == null || change.status() == null) {
            errors.add("status", "order.field.required");
        } else if (change.status() == OrderStatus.PLACED) {
            errors.add("status", "order.status.unknown");
        }
        OrderValidation.time("at", change == null ? null : change.at(), errors);
        errors.throwIfAny();
        LocalDateTime at = Times.utc(change.at());
        OnceEach.Call call = new OnceEach.Call(network, externalId, "STATUS", change.status().name(),
                List.of(change.status().name(), at.toString()), at);
        return once.run(call, StatusResult.class,
                r -> new StatusResult(r.externalId(), r.status(), r.pointsVoided(), r.pointsGivenBack(),
                        r.pointsDue(), true),
                order -> switch (change.status()) {
                    case PAID -> paid(order, at);
                    case DELIVERED -> delivered(order, at);
                    case CANCELLED -> cancelled(order, at, "order.cancelled");
                    case PLACED -> throw new IllegalArgumentException("PLACED is not a change");
                });
    }

    private StatusResult paid(OrdersOrderRecord order, LocalDateTime at) {
        refuseIfCancelled(order);
        order.setPaidAt(at);
        if (status(order) == OrderStatus.PLACED) {
            order.setStatus(OrderStatus.PAID.name());
        }
        rows.update(order);
        return new StatusResult(order.getExternalId(), status(order), 0, 0, 0, false);
    }

    private StatusResult delivered(OrdersOrderRecord order, LocalDateTime at) {
        refuseIfCancelled(order);
        List<OrdersLineRecord> lines = rows.lines(order.getId());
        for (OrdersLineRecord line : lines) {
            line.setDelivered(line.getQuantity());
            rows.update(line);
        }
        long due = 0;
        if (order.getMemberId() != null) {
            due = postings.pending(ref(order));
            if (due > 0) {
                PointsDates.dueOnDelivery(programme.policies(), at).ifPresent(when -> items.add(order, null, null, when));
            }
        }
        order.setStatus(OrderStatus.DELIVERED.name());
        order.setDeliveredAt(at);
        rows.update(order);
        return new StatusResult(order.getExternalId(), OrderStatus.DELIVERED, 0, 0, due, false);
    }

    /** Voids what is pending, takes back what was already released, gives back every point spent. */
    StatusResult cancelled(OrdersOrderRecord order, LocalDateTime at, String reason) {
        refuseIfCancelled(order);
        boolean anythingDelivered = rows.lines(order.getId()).stream().anyMatch(l -> l.getDelivered() > 0);
        if (anythingDelivered) {
            throw new OrderConflictException("order.conflict.delivered");
        }
        long voided = 0;
        long givenBack = order.getPointsRedeemed();
        if (order.getMemberId() != null) {
            Postings.OrderRef ref = ref(order);
            voided = postings.pending(ref);
            if (voided > 0) {
                postings.voidPending(ref, "cancel-void", voided, reason, at);
            }
            long released = order.getPointsAccrued() - voided;
            postings.reverse(ref, "cancel", List.of(), Math.max(0, released), givenBack, reason, at,
                    PointsDates.expiry(programme.policies(), at));
        }
        rows.closeSettlements(order.getId());
        promotions.cancelled(order.getNetworkCode(), order.getExternalId(), at);
        order.setStatus(OrderStatus.CANCELLED.name());
        order.setCancelledAt(at);
        order.setPointsAccrued(0L);
        order.setPointsRedeemed(0L);
        rows.update(order);
        if (order.getCustomerId() != null) {
            tiers.recalculate(order.getCustomerId(), at);
        }
        return new StatusResult(order.getExternalId(), OrderStatus.CANCELLED, voided, givenBack, 0, false);
    }

    ReturnResult registerReturn(String network, String externalId, @Nullable ReturnRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            throw InvalidOrderException.of("return", "order.field.required");
        }
        errors.text("returnId", request.returnId(), OrderValidation.ID_LENGTH, true);
        OrderValidation.time("at", request.at(), errors);
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add("lines", "order.lines.empty");
        }
        errors.throwIfAny();
        LocalDateTime at = Times.utc(request.at());
        OnceEach.Call call = new OnceEach.Call(network, externalId, "RETURN", request.returnId(),
                List.of(request.lines(), at.toString()), at);
        return once.run(call, ReturnResult.class,
                r -> new ReturnResult(r.returnId(), r.amountReturned(), r.pointsTakenBack(), r.pointsGivenBack(),
                        r.debtRecorded(), true),
                order -> returned(order, request, at));
    }

    private ReturnResult returned(OrdersOrderRecord order, ReturnRequest request, LocalDateTime at) {
        refuseIfCancelled(order);
        List<OrdersLineRecord> lines = rows.lines(order.getId());
        Map<String, OrdersLineRecord> byId = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        for (OrdersLineRecord line : lines) {
            byId.put(line.getLineId(), line);
            left.put(line.getLineId(), line.getQuantity() - line.getReturned());
        }
        FieldErrors errors = new FieldErrors();
        OrderValidation.units(request.lines(), left, "order.return.tooMany", errors);
        errors.throwIfAny();

        long takeBack = 0;
        long giveBack = 0;
        BigDecimal amount = BigDecimal.ZERO;
        List<OrdersReturnLineRecord> returnLines = new ArrayList<>();
        for (LineQuantity unit : request.lines()) {
            OrdersLineRecord line = byId.get(unit.lineId());
            int before = line.getReturned();
            int after = before + unit.quantity();
            takeBack += Shares.points(line.getCashback(), line.getQuantity(), before, after);
            giveBack += Shares.points(line.getRedeemed(), line.getQuantity(), before, after);
            BigDecimal net = line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity()))
                    .subtract(line.getDiscount());
            amount = amount.add(Shares.money(net, line.getQuantity(), before, after));
            line.setReturned(after);
            rows.update(line);
            OrdersReturnLineRecord returnLine = rows.newReturnLine();
            returnLine.setOrderId(order.getId());
            returnLine.setReturnId(request.returnId());
            returnLine.setLineId(unit.lineId());
            returnLine.setQuantity(unit.quantity());
            returnLines.add(returnLine);
        }
        long debt = 0;
        if (order.getMemberId() != null) {
            debt = postings.reverse(ref(order), "return:" + request.returnId(),
                    request.lines().stream().map(LineQuantity::lineId).toList(), takeBack, giveBack,
                    "order.returned", at, PointsDates.expiry(programme.policies(), at));
        }
        promotions.returned(order.getNetworkCode(), order.getExternalId(), request.lines().stream()
                .collect(java.util.stream.Collectors.toMap(LineQuantity::lineId, LineQuantity::quantity, Integer::sum)),
                at);
        OrdersReturnRecord record = rows.newReturn();
        record.setOrderId(order.getId());
        record.setReturnId(request.returnId());
        record.setAt(at);
        record.setAmount(amount);
        record.setPointsTakenBack(takeBack);
        record.setPointsGivenBack(giveBack);
        rows.insert(record);
        rows.insertReturnLines(returnLines);
        order.setAmountReturned(order.getAmountReturned().add(amount));
        order.setPointsAccrued(order.getPointsAccrued() - takeBack);
        order.setPointsRedeemed(order.getPointsRedeemed() - giveBack);
        rows.update(order);
        if (order.getCustomerId() != null) {
            tiers.recalculate(order.getCustomerId(), at);
        }
        return new ReturnResult(request.returnId(), amount, takeBack, giveBack, debt, false);
    }

    static void refuseIfCancelled(OrdersOrderRecord order) {
        if (status(order) == OrderStatus.CANCELLED) {
            throw new OrderConflictException("order.conflict.cancelled");
        }
    }

    static OrderStatus status(OrdersOrderRecord order) {
        return OrderStatus.valueOf(order.getStatus());
    }

    static Postings.OrderRef ref(OrdersOrderRecord order) {
        return new Postings.OrderRef(order.getNetworkCode(), order.getExternalId(), order.getMemberId());
    }
}
