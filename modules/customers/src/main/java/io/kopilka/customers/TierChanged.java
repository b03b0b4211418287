package io.kopilka.customers;

import java.time.LocalDateTime;

/** Published when a person's tier changes; {@code upgrade} tells a tier-up (worth a message) from a tier-down. */
public record TierChanged(CustomerId customerId, String fromTier, String toTier, boolean upgrade, String reason,
                          LocalDateTime at) {
}
