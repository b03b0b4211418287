package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * Bonus points made available at once as a lot with its own validity (a promotion, a staff gift).
 *
 * @param operation key, network, reason, business time
 * @param memberId  the member
 * @param points    points granted, positive
 * @param expiresAt when the lot expires
 */
public record Grant(Operation operation, long memberId, long points, LocalDateTime expiresAt) {

    /** Validates the amount. */
    public Grant {
        Checks.positive(points);
    }
}
