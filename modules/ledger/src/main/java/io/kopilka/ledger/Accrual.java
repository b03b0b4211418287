package io.kopilka.ledger;

/**
 * Points earned for a source, landing in the member's pending balance; the accrual's business time counts as
 * the member's purchase for the inactivity rule.
 *
 * @param operation key, network, reason, business time
 * @param memberId  the member who earns
 * @param points    points earned, positive
 * @param source    what they were earned for; pending points are tracked per source
 */
public record Accrual(Operation operation, long memberId, long points, SourceRef source) {

    /** Validates the amount. */
    public Accrual {
        Checks.positive(points);
    }
}
