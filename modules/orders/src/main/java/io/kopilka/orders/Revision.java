package io.kopilka.orders;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A service-centre revision of an order: when, why, and the total and cashback before and after. */
public record Revision(String revisionId, String reason, LocalDateTime at, BigDecimal totalBefore,
                       BigDecimal totalAfter, long cashbackBefore, long cashbackAfter) {
}
