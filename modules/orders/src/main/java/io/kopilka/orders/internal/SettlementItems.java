package io.kopilka.orders.internal;

import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersSettlementRecord;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Records what the settlement must release later: an order's or a batch's pending points, due from a time. */
@Component
class SettlementItems {

    private final OrderRows rows;

    SettlementItems(OrderRows rows) {
        this.rows = rows;
    }

    /** {@code points} null releases everything still pending of the order. */
    void add(OrdersOrderRecord order, @Nullable String shipmentId, @Nullable Long points, LocalDateTime due) {
        OrdersSettlementRecord item = rows.newSettlement();
        item.setId(Ids.next());
        item.setNetworkCode(order.getNetworkCode());
        item.setSourceRef(Postings.sourceOf(order.getExternalId()));
        item.setOrderId(order.getId());
        item.setShipmentId(shipmentId);
        item.setMemberId(order.getMemberId());
        item.setPoints(points);
        item.setDueAt(due);
        item.setIsOpen(true);
        rows.insert(item);
    }
}
