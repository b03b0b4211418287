package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * Published inside the transaction of a payout request, approval or rejection; a replayed operation publishes
 * nothing.
 *
 * @param payoutId     the payout
 * @param memberId     the member
 * @param points       the payout's points
 * @param status       where it stands now
 * @param businessTime when
 */
public record PayoutStatusChanged(long payoutId, long memberId, long points, PayoutStatus status,
        LocalDateTime businessTime) {
}
