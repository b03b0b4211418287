package io.kopilka.orders;

import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored order with everything support needs: its lines and their progress, payments, the current calculation
 * (with the explanations), shipments, returns and revisions, and its points: accrued (net of returns and revisions),
 * redeemed (net of give-backs), settled (made available).
 *
 * @param memberId the points account (the person, or the company of a B2B buyer); {@code null} when anonymous
 */
public record OrderDetails(OrderId orderId, String network, String externalId, @Nullable Long customerId,
                           @Nullable Long memberId, Channel channel, String region, @Nullable String store,
                           LocalDateTime placedAt, OrderStatus status, PointsState pointsState,
                           Calculation calculation, long pointsAccrued, long pointsRedeemed, long pointsSettled,
                           List<OrderLine> lines, List<Payment> payments, List<Shipment> shipments,
                           List<OrderReturn> returns, List<Revision> revisions) {

    /** Copies the lists. */
    public OrderDetails {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        shipments = List.copyOf(shipments);
        returns = List.copyOf(returns);
        revisions = List.copyOf(revisions);
    }
}
