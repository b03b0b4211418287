package io.kopilka.customers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the RFM scores are computed from for one person up to the business date.
 *
 * @param customerId      the person
 * @param firstPurchaseAt the first purchase ever, if any (UTC)
 * @param lastPurchaseAt  the last purchase, if any (UTC)
 * @param ordersInWindow  purchases within the RFM window
 * @param moneyInWindow   purchase money (net of returns) within the window
 */
public record RfmFigures(CustomerId customerId, @Nullable LocalDateTime firstPurchaseAt,
                         @Nullable LocalDateTime lastPurchaseAt, long ordersInWindow, BigDecimal moneyInWindow) {

    /** A person who never bought. */
    public static RfmFigures none(CustomerId customerId) {
        return new RfmFigures(customerId, null, null, 0, BigDecimal.ZERO);
    }
}
