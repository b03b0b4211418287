package io.kopilka.orders;

/**
 * What a status change did: the new status, pending points voided and redeemed points given back (on cancellation),
 * pending points made due for settlement (on delivery).
 */
public record StatusResult(String externalId, OrderStatus status, long pointsVoided, long pointsGivenBack,
                           long pointsDue, boolean replayed) {
}
