package io.kopilka.orders;

import org.jspecify.annotations.Nullable;

/** How an order names its customer: by id, phone (any common form) or card number; exactly one is given. */
public record CustomerRef(@Nullable Long customerId, @Nullable String phone, @Nullable String card) {
}
