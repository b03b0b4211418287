package io.kopilka.orders;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A batch of an order shipped to a destination, with its units, its points and when it was delivered and settled. */
public record Shipment(String shipmentId, String destination, LocalDateTime shippedAt,
                       @Nullable LocalDateTime deliveredAt, List<LineQuantity> lines, long points,
                       @Nullable LocalDateTime settledAt) {

    /** Copies the lines. */
    public Shipment {
        lines = List.copyOf(lines);
    }
}
