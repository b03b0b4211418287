package io.kopilka.requestlog;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Which calls to list, newest first: optionally within a period (UTC, {@code from} inclusive, {@code to} exclusive), of
 * one network, about one order or one customer, with answers of one status class, continuing after the call
 * {@code afterId} of an earlier page.
 */
public record RequestLogQuery(@Nullable LocalDateTime from, @Nullable LocalDateTime to, @Nullable String network,
                              @Nullable String orderExternalId, @Nullable Long customerId,
                              @Nullable StatusClass statusClass, @Nullable Long afterId, int limit) {

    public RequestLogQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }

    /** The newest {@code limit} calls, unfiltered. */
    public static RequestLogQuery newest(int limit) {
        return new RequestLogQuery(null, null, null, null, null, null, null, limit);
    }

    /** The same filters, continuing after the call {@code afterId}. */
    public RequestLogQuery after(long afterId) {
        return new RequestLogQuery(from, to, network, orderExternalId, customerId, statusClass, afterId, limit);
    }

    /** A class of HTTP statuses: successes, the caller's errors, the portal's errors. */
    public enum StatusClass {
        SUCCESS(200, 299), CLIENT_ERROR(400, 499), SERVER_ERROR(500, 599);

        private final int lowest;
        private final int highest;

        StatusClass(int lowest, int highest) {
            this.lowest = lowest;
            this.highest = highest;
        }

        /** The lowest status of the class. */
        public int lowest() {
            return lowest;
        }

        /** The highest status of the class. */
        public int highest() {
            return highest;
        }
    }
}
