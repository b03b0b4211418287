package io.kopilka.orders;

import io.kopilka.promotions.Channel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One row of an order list: the cabinet's "my orders", a company's orders, a customer's orders in the back office. */
public record OrderSummary(OrderId orderId, String network, String externalId, @Nullable Long customerId,
                           Channel channel, LocalDateTime placedAt, OrderStatus status, BigDecimal total,
                           long pointsAccrued, long pointsRedeemed, long pointsSettled, PointsState pointsState) {
}
