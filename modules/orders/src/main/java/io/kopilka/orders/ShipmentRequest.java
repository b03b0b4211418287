package io.kopilka.orders;

import java.time.OffsetDateTime;
import java.util.List;

/** A batch of a (B2B) order shipped to a destination; {@code shipmentId} is the client's id. */
public record ShipmentRequest(String shipmentId, String destination, List<LineQuantity> lines, OffsetDateTime at) {

    /** Copies the lines. */
    public ShipmentRequest {
        lines = List.copyOf(lines);
    }
}
