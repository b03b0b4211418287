package io.kopilka.orders;

import java.util.List;

/** A shipped batch: where it goes, its units and the pending points of its part. */
public record ShipmentResult(String shipmentId, String destination, List<LineQuantity> lines, long points,
                             boolean replayed) {

    /** Copies the lines. */
    public ShipmentResult {
        lines = List.copyOf(lines);
    }
}
