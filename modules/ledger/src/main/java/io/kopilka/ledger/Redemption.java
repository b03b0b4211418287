package io.kopilka.ledger;

/**
 * Available points spent, the soonest-expiring lots first; refused when more than available.
 *
 * @param operation key, network where they are spent, reason, business time
 * @param memberId  the member who spends
 * @param points    points spent, positive
 * @param source    what they are spent on, e.g. an order
 */
public record Redemption(Operation operation, long memberId, long points, SourceRef source) {

    /** Validates the amount. */
    public Redemption {
        Checks.positive(points);
    }
}
