package io.kopilka.web.api.customers;

import java.time.LocalDate;
import java.util.List;

/** The API's balance of a customer: available and pending points, the tier, and points expiring soon by day. */
record BalanceJson(long available, long pending, CustomerJson.TierJson tier, List<ExpiringJson> expiring) {

    /** Points that expire at the end of a day. */
    record ExpiringJson(long points, LocalDate expiresAt) {
    }
}
