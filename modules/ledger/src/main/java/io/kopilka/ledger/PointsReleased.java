package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published inside the transaction of a {@link Ledger#releaseSources} chunk that released something: one event per
 * chunk (not per member), carrying each member's released points, so the settlement peak publishes a few hundred
 * events instead of a million.
 *
 * @param network      the sources' network
 * @param members      each member of the chunk with the points that became available, in member id order
 * @param businessTime when
 */
public record PointsReleased(String network, List<MemberPoints> members, LocalDateTime businessTime) {

    /** Copies the list. */
    public PointsReleased {
        members = List.copyOf(members);
    }

    /** A member and the points released for them in the chunk. */
    public record MemberPoints(long memberId, long points) {
    }
}
