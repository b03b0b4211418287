package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What every ledger operation carries: the caller's idempotency key, the network it happens in, the reason and
 * the business time (UTC).
 *
 * @param idempotencyKey unique per network; the same key with the same content has one effect
 * @param network        the network code where the operation happens
 * @param reason         why, as a message code with parameters
 * @param businessTime   when it happened in business terms (UTC), which is not the time it is recorded
 */
public record Operation(String idempotencyKey, String network, Reason reason, LocalDateTime businessTime) {

    /** Validates the fields. */
    public Operation {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(businessTime, "businessTime");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("An idempotency key is 1..200 characters");
        }
        if (network.isBlank() || network.length() > 32) {
            throw new IllegalArgumentException("A network code is 1..32 characters");
        }
    }
}
