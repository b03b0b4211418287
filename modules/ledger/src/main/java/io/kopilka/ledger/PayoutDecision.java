package io.kopilka.ledger;

import java.util.Objects;

/**
 * Finance's decision on a requested payout.
 *
 * @param operation   key, network, reason, business time
 * @param payoutId    the payout, i.e. the transfer id of its request
 * @param staffMember who decided
 */
public record PayoutDecision(Operation operation, long payoutId, String staffMember) {

    /** Validates the staff member. */
    public PayoutDecision {
        Objects.requireNonNull(staffMember, "staffMember");
    }
}
