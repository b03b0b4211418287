package io.kopilka.ledger;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Pending points of a source becoming available as one lot expiring at {@code expiresAt}.
 *
 * @param operation key, network (the source's network), reason, business time
 * @param memberId  the source's member
 * @param source    the source whose pending points are released
 * @param points    how many, or {@code null} for everything still pending of the source
 * @param expiresAt when the new lot expires
 */
public record Release(Operation operation, long memberId, SourceRef source, @Nullable Long points,
        LocalDateTime expiresAt) {

    /** Validates the amount when given. */
    public Release {
        if (points != null) {
            Checks.positive(points);
        }
    }
}
