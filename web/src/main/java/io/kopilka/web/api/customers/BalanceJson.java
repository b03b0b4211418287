package io.kopilka.web.api.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API's balance of a customer: available and pending points, the points owed (taken back by returns after they
 * were spent; later points pay it off first), the tier, the next tier with the purchases still
 * missing (none at the highest tier), and points expiring soon by day.
 */
record BalanceJson(long available, long pending, long debt, CustomerJson.TierJson tier, @Nullable NextTierJson nextTier,
                   List<ExpiringJson> expiring) {

    /** The tier above and how much more to buy in the qualification window to reach it. */
    record NextTierJson(String code, String name, BigDecimal remaining) {
    }

    /** Points that expire at the end of a day. */
    record ExpiringJson(long points, LocalDate expiresAt) {
    }
}
