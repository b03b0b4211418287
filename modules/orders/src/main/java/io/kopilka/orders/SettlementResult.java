package io.kopilka.orders;

/** What a settlement run did: sources (orders and batches) released, and the points made available. */
public record SettlementResult(long sources, long points) {
}
