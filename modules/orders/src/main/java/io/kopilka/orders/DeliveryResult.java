package io.kopilka.orders;

/** A delivered batch: the pending points of its part are now due for settlement; the order's status after it. */
public record DeliveryResult(String shipmentId, long pointsDue, OrderStatus orderStatus, boolean replayed) {
}
