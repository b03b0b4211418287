package io.kopilka.orders;

import java.util.Optional;

/** How the order processing names an order as the ledger's source of points: {@code order:<externalId>}. */
public final class OrderSource {

    private static final String PREFIX = "order:";

    private OrderSource() {
    }

    /** The ledger source of the order with this external id. */
    public static String of(String externalId) {
        return PREFIX + externalId;
    }

    /** The order's external id, when the ledger source is an order. */
    public static Optional<String> externalIdOf(String sourceRef) {
        return sourceRef.startsWith(PREFIX) ? Optional.of(sourceRef.substring(PREFIX.length())) : Optional.empty();
    }
}
