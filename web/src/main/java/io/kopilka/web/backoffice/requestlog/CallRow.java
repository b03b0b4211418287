package io.kopilka.web.backoffice.requestlog;

import io.kopilka.requestlog.LoggedCall;
import org.jspecify.annotations.Nullable;

/**
 * A logged call as the page shows it: the call, its bodies laid out for reading and the status pill's class
 * ({@code status-2xx}, {@code status-4xx} …).
 */
record CallRow(LoggedCall call, @Nullable String requestBody, @Nullable String responseBody, String statusClass) {

    CallRow(LoggedCall call, @Nullable String requestBody, @Nullable String responseBody) {
        this(call, requestBody, responseBody, "status-" + (call.status() / 100) + "xx");
    }
}
