package io.kopilka.orders;

import io.kopilka.promotions.Calculation;

/**
 * The answer to placing an order; a repeated call answers the first result again with {@code replayed} set.
 */
public record PlacedOrder(OrderId orderId, String externalId, OrderStatus status, Calculation calculation,
                          boolean replayed) {
}
