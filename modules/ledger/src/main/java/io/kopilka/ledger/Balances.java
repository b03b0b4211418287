package io.kopilka.ledger;

import java.util.List;

/**
 * A member's balances.
 *
 * @param memberId  the member
 * @param available spendable points
 * @param pending   points not yet spendable
 * @param reserved  points held for requested payouts
 * @param debt      points the member owes after a return of already spent points
 * @param expiring  available points expiring within the requested window, by date, soonest first
 */
public record Balances(long memberId, long available, long pending, long reserved, long debt,
        List<ExpiringPoints> expiring) {

    /** Copies the list. */
    public Balances {
        expiring = List.copyOf(expiring);
    }
}
