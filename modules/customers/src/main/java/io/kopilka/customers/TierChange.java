package io.kopilka.customers;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One line of a person's tier history; {@code fromTier} is null for the tier given at registration, {@code at} is UTC. */
public record TierChange(@Nullable String fromTier, String toTier, String reason, LocalDateTime at) {

    /** The reason recorded for the tier given at registration. */
    public static final String REGISTRATION = "REGISTRATION";
}
