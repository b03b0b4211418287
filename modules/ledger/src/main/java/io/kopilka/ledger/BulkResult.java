package io.kopilka.ledger;

/**
 * What one chunk of a bulk operation did.
 *
 * @param members members whose balances changed; zero means nothing was left to do
 * @param points  points moved in total
 */
public record BulkResult(int members, long points) {
}
