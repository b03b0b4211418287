package io.kopilka.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * How fresh the figures are: the monthly figures include every business day up to {@code daysUpTo}; the member,
 * tier and segment figures are as of the end of {@code snapshotAsOf} (computed at {@code computedAt}), the segments
 * from the RFM scores of {@code rfmAsOf}. Each is null while the reporting job has not filled it.
 */
public record Freshness(@Nullable LocalDate daysUpTo, @Nullable LocalDate snapshotAsOf,
                        @Nullable LocalDateTime computedAt, @Nullable LocalDate rfmAsOf) {
}
