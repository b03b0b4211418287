package io.kopilka.requestlog;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A call as the log keeps it: its id, and the call's facts with the bodies cut at {@link RequestLog#MAX_BODY_CHARS}. */
public record LoggedCall(long id, LocalDateTime receivedAt, @Nullable String integration, @Nullable String network,
                         String method, String path, @Nullable String orderExternalId, @Nullable Long customerId,
                         int status, long durationMs, @Nullable String requestBody, @Nullable String responseBody) {
}
