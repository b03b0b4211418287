package io.kopilka.orders;

/** Some units of an order line, for returns and shipments. */
public record LineQuantity(String lineId, int quantity) {
}
