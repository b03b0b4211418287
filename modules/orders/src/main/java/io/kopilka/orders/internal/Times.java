package io.kopilka.orders.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Business times are kept in UTC without offset, as the ledger keeps them. */
final class Times {

    private Times() {
    }

    static LocalDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
