package io.kopilka.web.api.customers;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of a customer's points history, newest first, with the cursor of the next page. */
record HistoryJson(List<ItemJson> items, @Nullable String nextCursor) {

    /** One movement of points: when, what kind, how many (signed), the order, the network and the reason in words. */
    record ItemJson(OffsetDateTime at, String kind, String account, long points, @Nullable String orderExternalId,
                    String network, String reason) {
    }
}
