package io.kopilka.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to list, newest first: optionally by actor, by action prefix and by date range (inclusive, UTC),
 * continuing after the entry {@code afterId} of an earlier page.
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable Long afterId, int limit) {

    public AuditQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }

    /** The newest {@code limit} entries, unfiltered. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
