package io.kopilka.orders;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A return registered on an order. */
public record OrderReturn(String returnId, LocalDateTime at, List<LineQuantity> lines, BigDecimal amount,
                          long pointsTakenBack, long pointsGivenBack) {

    /** Copies the lines. */
    public OrderReturn {
        lines = List.copyOf(lines);
    }
}
