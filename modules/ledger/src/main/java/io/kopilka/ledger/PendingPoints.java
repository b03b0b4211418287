package io.kopilka.ledger;

/**
 * Points still pending of one source (e.g. an order) of a member.
 *
 * @param network   the source's network
 * @param sourceRef the source
 * @param points    points still pending, zero once released or voided
 */
public record PendingPoints(String network, String sourceRef, long points) {
}
