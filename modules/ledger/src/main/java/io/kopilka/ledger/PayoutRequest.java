package io.kopilka.ledger;

/**
 * A request to withdraw available points as money: the points are reserved until approved or rejected.
 *
 * @param operation key, network, reason, business time
 * @param memberId  the member
 * @param points    points to pay out, positive
 */
public record PayoutRequest(Operation operation, long memberId, long points) {

    /** Validates the amount. */
    public PayoutRequest {
        Checks.positive(points);
    }
}
