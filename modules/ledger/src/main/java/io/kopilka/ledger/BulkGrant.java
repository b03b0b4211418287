package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Bonus points for a chunk of members at once (a promotion's grant to an audience), one transfer for the chunk.
 *
 * @param operation       key (unique per chunk, e.g. the promotion and the chunk's first member), network, reason, time
 * @param membersByPoints the members to credit, grouped by how many points each gets (500, 700, 1000…)
 * @param expiresAt       when the granted lots expire
 */
public record BulkGrant(Operation operation, Map<Long, List<Long>> membersByPoints, LocalDateTime expiresAt) {

    /** Validates and copies. */
    public BulkGrant {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Map<Long, List<Long>> copy = new TreeMap<>();
        membersByPoints.forEach((points, members) -> {
            Checks.positive(points);
            if (!members.isEmpty()) {
                copy.put(points, List.copyOf(members));
            }
        });
        membersByPoints = java.util.Collections.unmodifiableMap(copy);
    }

    /** Every member of the chunk. */
    public List<Long> members() {
        return membersByPoints.values().stream().flatMap(List::stream).sorted().toList();
    }
}
