package io.kopilka.ledger;

import org.jspecify.annotations.Nullable;

/**
 * Pending points of a source cancelled (a cancelled order, returned units not yet settled).
 *
 * @param operation key, network (the source's network), reason, business time
 * @param memberId  the source's member
 * @param source    the source
 * @param points    how many, or {@code null} for everything still pending of the source
 */
public record VoidPending(Operation operation, long memberId, SourceRef source, @Nullable Long points) {

    /** Validates the amount when given. */
    public VoidPending {
        if (points != null) {
            Checks.positive(points);
        }
    }
}
