package io.kopilka.web.backoffice.requestlog;

import io.kopilka.requestlog.RequestLogQuery;
import io.kopilka.requestlog.RequestLogQuery.StatusClass;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The page's filters as typed: period ({@code yyyy-MM-ddTHH:mm}, UTC), network, order, customer id and status class
 * ({@code 2xx}, {@code 4xx}, {@code 5xx}); {@link #errors()} names the fields that could not be read.
 */
record RequestLogFilterFormData(@Nullable String from, @Nullable String to, @Nullable String network,
                                @Nullable String order, @Nullable String customer, @Nullable String status) {

    /** The query for these filters, or none when a field could not be read. */
    @Nullable RequestLogQuery toQuery(@Nullable Long after, int limit) {
        if (!errors().isEmpty()) {
            return null;
        }
        return new RequestLogQuery(time(from), time(to), blankToNull(network), blankToNull(order),
                customer == null || customer.isBlank() ? null : Long.valueOf(customer.strip()), statusClass(), after, limit);
    }

    /** Field name → message key, for the fields that could not be read. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (from != null && !from.isBlank() && time(from) == null) {
            errors.put("from", "requestlog.error.time");
        }
        if (to != null && !to.isBlank() && time(to) == null) {
            errors.put("to", "requestlog.error.time");
        }
        if (customer != null && !customer.isBlank() && !customer.strip().matches("\\d{1,18}")) {
            errors.put("customer", "requestlog.error.customer");
        }
        return errors;
    }

    private @Nullable StatusClass statusClass() {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "2xx" -> StatusClass.SUCCESS;
            case "4xx" -> StatusClass.CLIENT_ERROR;
            case "5xx" -> StatusClass.SERVER_ERROR;
            default -> null;
        };
    }

    private static @Nullable LocalDateTime time(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
