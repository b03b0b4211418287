package io.kopilka.web.backoffice.customers;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One line of a customer's tier history, with tier names and the reason in words. */
record TierRow(LocalDateTime at, @Nullable String from, String to, String reason) {
}
