package io.kopilka.orders;

import java.time.OffsetDateTime;
import java.util.List;

/** Some units of some lines returned; {@code returnId} is the client's id, unique within the network. */
public record ReturnRequest(String returnId, List<LineQuantity> lines, OffsetDateTime at) {

    /** Copies the lines. */
    public ReturnRequest {
        lines = List.copyOf(lines);
    }
}
