package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A chunk of members was granted points in one transfer ({@link Ledger#grantMembers}), published inside its
 * transaction: one event per chunk, not per member, so a grant to a large audience stays set-based.
 *
 * @param operation       the chunk's operation (its idempotency key names the chunk)
 * @param membersByPoints the members, grouped by the points each received
 * @param expiresAt       when the granted points expire
 */
public record PointsGrantedInBulk(Operation operation, Map<Long, List<Long>> membersByPoints, LocalDateTime expiresAt) {

    /** Copies the map. */
    public PointsGrantedInBulk {
        membersByPoints = Map.copyOf(membersByPoints);
    }
}
