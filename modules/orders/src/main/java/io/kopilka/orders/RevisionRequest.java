package io.kopilka.orders;

import io.kopilka.promotions.BasketLine;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A service-centre revision: the order's lines replaced by these (a warranty repair at zero price, a diagnosis…);
 * the reason {@link #CANNOT_REPAIR} cancels the order.
 */
public record RevisionRequest(String revisionId, List<BasketLine> lines, String reason, OffsetDateTime at) {

    /** The reason that cancels the repair order. */
    public static final String CANNOT_REPAIR = "CANNOT_REPAIR";

    /** Copies the lines. */
    public RevisionRequest {
        lines = List.copyOf(lines);
    }

    /** Whether this revision says the item cannot be repaired. */
    public boolean cancelsOrder() {
        return CANNOT_REPAIR.equalsIgnoreCase(reason.trim());
    }
}
