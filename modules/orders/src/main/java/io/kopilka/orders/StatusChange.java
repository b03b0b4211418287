package io.kopilka.orders;

import java.time.OffsetDateTime;

/** A move of an order to PAID, DELIVERED or CANCELLED at a business time. */
public record StatusChange(OrderStatus status, OffsetDateTime at) {
}
