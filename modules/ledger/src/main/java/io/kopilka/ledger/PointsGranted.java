package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * Published inside the transaction of a single {@link Ledger#grant}: a member received a gift of points (a staff
 * gift, a promotion's bonus); a replayed grant publishes nothing.
 *
 * @param transferId   the grant's transfer
 * @param memberId     the member
 * @param points       points granted
 * @param expiresAt    when the granted lot expires
 * @param reason       why, as recorded in the ledger
 * @param businessTime when
 */
public record PointsGranted(long transferId, long memberId, long points, LocalDateTime expiresAt, Reason reason,
        LocalDateTime businessTime) {
}
