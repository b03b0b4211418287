package io.kopilka.requestlog;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One call of the processing API as the web layer saw it, with personal data already masked: when it arrived (UTC),
 * which integration and network made it (none for an unknown caller), the method and path with the query string, the
 * order and customer it concerned, the answer's status, how long it took and both bodies.
 */
public record ApiCall(LocalDateTime receivedAt, @Nullable String integration, @Nullable String network, String method,
                      String path, @Nullable String orderExternalId, @Nullable Long customerId, int status,
                      long durationMs, @Nullable String requestBody, @Nullable String responseBody) {
}
