package io.kopilka.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One recorded staff change, with the time (UTC) it was recorded. */
public record AuditEntry(long id, LocalDateTime at, String actor, String action, String subject,
                         @Nullable String before, @Nullable String after) {
}
